package dev.stepproof.samples.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.stepproof.toolkit.DefinitionReader;
import dev.stepproof.toolkit.Execution;
import dev.stepproof.toolkit.ExecutionOptions;
import dev.stepproof.toolkit.HttpTaskInvoker;
import dev.stepproof.toolkit.Interpreter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

/**
 * The HTTP Task makes a real request: the partner API is a WireMock server on loopback, and StepProof points the
 * state's ApiEndpoint at it. Retries on 503 happen on the virtual clock; a 404 takes the fallback.
 */
class EnrichCustomerTest {

    @RegisterExtension
    static final WireMockExtension PARTNER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final Interpreter WORKFLOW = Interpreter.of(
            DefinitionReader.standard().readResource("statemachines/enrich-customer.asl.json").orElseThrow());

    private static Execution run(String customerId) {
        HttpTaskInvoker partner = HttpTaskInvoker.standard().withBaseUrl(PARTNER.baseUrl());
        return WORKFLOW.execute(ExecutionOptions.defaults()
                .withInput("{\"customerId\": \"" + customerId + "\"}")
                .withTaskInvoker(partner));
    }

    @Test
    void enriches_the_customer_from_the_partner_profile() {
        // GIVEN
        PARTNER.stubFor(get(urlPathEqualTo("/profiles/C-1")).withQueryParam("fields", equalTo("tier,country"))
                .willReturn(okJson("{\"tier\": \"gold\", \"country\": \"NL\", \"internal\": 7}")));

        // WHEN
        Execution execution = run("C-1");

        // THEN
        then(execution.succeeded()).isTrue();
        then(execution.output().path("profile").toString()).isEqualTo("{\"tier\":\"gold\",\"country\":\"NL\"}");
        PARTNER.verify(getRequestedFor(urlPathEqualTo("/profiles/C-1")).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void retries_a_busy_partner_with_backoff_on_the_virtual_clock() {
        // GIVEN: 503 twice, then the profile
        PARTNER.stubFor(get(urlPathEqualTo("/profiles/C-2")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("still busy"));
        PARTNER.stubFor(get(urlPathEqualTo("/profiles/C-2")).inScenario("busy").whenScenarioStateIs("still busy")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ready"));
        PARTNER.stubFor(get(urlPathEqualTo("/profiles/C-2")).inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(okJson("{\"tier\": \"silver\", \"country\": \"DE\"}")));

        // WHEN
        Execution execution = run("C-2");

        // THEN
        then(execution.output().path("profile").path("tier").asText()).isEqualTo("silver");
        then(execution.history().taskAttempts("FetchProfile")).hasSize(3);
        then(Duration.between(execution.startTime(), execution.stopTime())).isEqualTo(Duration.ofSeconds(2 + 4));
    }

    @Test
    void falls_back_to_a_default_profile_when_the_partner_does_not_know_the_customer() {
        // GIVEN
        PARTNER.stubFor(get(urlPathEqualTo("/profiles/C-3")).willReturn(aResponse().withStatus(404)));

        // WHEN
        Execution execution = run("C-3");

        // THEN
        then(execution.history().statesEntered()).containsExactly("FetchProfile", "DefaultProfile", "Done");
        then(execution.output().path("profile").path("tier").asText()).isEqualTo("standard");
    }
}
