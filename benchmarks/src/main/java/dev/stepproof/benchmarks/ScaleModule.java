package dev.stepproof.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a throwaway Maven module whose only tests are {@value #FILES} scenario files of {@value #CASES} cases each
 * (1,000 in all) over an order workflow with retries, a catch, a Choice and four mocked services: the suite of
 * a team that tests one state machine thoroughly, and the one {@code @StepProofScenarios} class through which
 * Surefire reaches them. The module's parent is the StepProof parent POM, so it uses the
 * same pinned plugins; it depends on {@code stepproof-junit} in test scope, as a user's module does.
 */
final class ScaleModule {

    static final int FILES = 50;
    static final int CASES = 20;

    private static final String DEFINITION = """
            {"Comment": "Orders: validate, reserve stock (retried, caught), charge, approve large orders, ship",
             "StartAt": "Validate", "States": {
              "Validate": {"Type": "Pass", "Next": "Reserve",
                "Parameters": {"orderId.$": "$.orderId", "qty.$": "$.qty", "key.$": "States.Format('order-{}', $.orderId)"}},
              "Reserve": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "reserve", "Payload": {"orderId.$": "$.orderId", "qty.$": "$.qty"}},
                "ResultSelector": {"reservation.$": "$.Payload"}, "ResultPath": "$.reserved",
                "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Rejected"}],
                "Next": "Charge"},
              "Charge": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                "Parameters": {"TableName": "payments", "Item": {"orderId": {"S.$": "$.orderId"}}},
                "ResultPath": null, "Next": "Large?"},
              "Large?": {"Type": "Choice", "Default": "Ship",
                "Choices": [{"Variable": "$.qty", "NumericGreaterThan": 5, "Next": "Approve"}]},
              "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:111111111111:approvals", "Message.$": "$.key"},
                "ResultPath": null, "Next": "Ship"},
              "Ship": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "ship", "Payload": {"orderId.$": "$.orderId"}},
                "ResultSelector": {"tracking.$": "$.Payload.tracking"}, "ResultPath": "$.shipment", "End": true},
              "Rejected": {"Type": "Fail", "Error": "Order.Rejected", "CausePath": "$.error.Cause"}}}
            """;

    private ScaleModule() {
    }

    static void write(Path module) throws IOException {
        Path resources = module.resolve("src/test/resources/orders");
        Files.createDirectories(resources);
        Files.writeString(module.resolve("pom.xml"), pom(), StandardCharsets.UTF_8);
        // Surefire selects test classes only: this one makes the engine scan the orders package for scenario files.
        Path suite = module.resolve("src/test/java/orders/OrdersScenariosTest.java");
        Files.createDirectories(suite.getParent());
        Files.writeString(suite, """
                package orders;

                @dev.stepproof.junit.StepProofScenarios
                class OrdersScenariosTest {
                }
                """, StandardCharsets.UTF_8);
        Files.writeString(resources.resolve("orders.asl.json"), DEFINITION, StandardCharsets.UTF_8);
        for (int f = 0; f < FILES; f++) {
            StringBuilder yaml = new StringBuilder("definition: orders.asl.json\ncases:\n");
            for (int c = 0; c < CASES; c++) {
                yaml.append(scenarioCase(f, c));
            }
            Files.writeString(resources.resolve("orders-" + f + ".sfn-test.yaml"), yaml, StandardCharsets.UTF_8);
        }
        System.out.println("{\"benchmark\":\"module\",\"dir\":\"" + module + "\",\"files\":" + FILES + ",\"cases\":"
                + FILES * CASES + "}");
    }

    /** Four kinds of case, in turn: small order, large order (approved), throttled twice, inventory outage. */
    private static String scenarioCase(int file, int c) {
        String id = "O-" + file + "-" + c;
        int qty = c % 4 == 1 ? 6 + c : 1 + c % 5;
        StringBuilder yaml = new StringBuilder()
                .append("  - name: case ").append(c).append(" kind ").append(c % 4).append('\n')
                .append("    input: {orderId: ").append(id).append(", qty: ").append(qty).append("}\n")
                .append("    mocks:\n");
        switch (c % 4) {
            case 3 -> yaml.append("      Reserve:\n        throw: {error: Lambda.ServiceException, cause: inventory down}\n")
                    .append("    expect:\n      status: FAILED\n      error: Order.Rejected\n      cause: inventory down\n")
                    .append("      path: [Validate, Reserve, Rejected]\n");
            default -> {
                yaml.append("      Reserve:\n");
                if (c % 4 == 2) {
                    yaml.append("        - throttle: true\n        - throttle: true\n");
                }
                yaml.append("        - payload: {reservationId: R-").append(c).append("}\n")
                        .append("      Charge:\n        return: {}\n")
                        .append("      Approve:\n        return: {MessageId: m-").append(c).append("}\n")
                        .append("      Ship:\n        payload: {tracking: T-").append(c).append("}\n")
                        .append("    expect:\n      status: SUCCEEDED\n")
                        .append("      outputContains: {reserved: {reservation: {reservationId: R-").append(c)
                        .append("}}, shipment: {tracking: T-").append(c).append("}}\n")
                        .append(c % 4 == 1 ? "      path: [Validate, Reserve, Charge, 'Large?', Approve, Ship]\n"
                                : "      neverVisited: [Approve, Rejected]\n")
                        .append("      calls:\n        Reserve: {count: ").append(c % 4 == 2 ? 3 : 1).append("}\n");
            }
        }
        return yaml.toString();
    }

    private static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- Generated by ScaleBench (benchmarks/run.sh with the scale flag): 1,000 scenario cases, nothing else. -->
                  <parent>
                    <groupId>dev.stepproof</groupId>
                    <artifactId>stepproof-parent</artifactId>
                    <version>0.1.0-SNAPSHOT</version>
                    <relativePath/>
                  </parent>
                  <artifactId>stepproof-scale-module</artifactId>
                  <dependencies>
                    <dependency>
                      <groupId>dev.stepproof</groupId>
                      <artifactId>stepproof-junit</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                </project>
                """;
    }
}
