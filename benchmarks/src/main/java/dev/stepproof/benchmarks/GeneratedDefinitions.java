package dev.stepproof.benchmarks;

/** Definitions of a chosen size with a realistic mix of state types and fields, for benchmarks. */
public final class GeneratedDefinitions {
    private GeneratedDefinitions() {
    }

    /**
     * A chain of {@code n} states cycling through Task (with Retry/Catch and templates), Pass (with an
     * intrinsic), Choice and Wait, ending in a Succeed state, plus one Fail state for the catchers.
     */
    public static String mixed(int n) {
        StringBuilder sb = new StringBuilder("{\"Comment\":\"generated\",\"StartAt\":\"S0\",\"States\":{");
        for (int i = 0; i < n - 2; i++) {
            String next = "S" + (i + 1);
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append("S").append(i).append("\":");
            switch (i % 4) {
                case 0 -> sb.append("{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",")
                        .append("\"Parameters\":{\"FunctionName\":\"arn:aws:lambda:us-east-1:111111111111:function:f")
                        .append(i).append("\",\"Payload.$\":\"$\"},\"ResultSelector\":{\"v.$\":\"$.Payload.v\"},")
                        .append("\"ResultPath\":\"$.r").append(i).append("\",")
                        .append("\"Retry\":[{\"ErrorEquals\":[\"Lambda.TooManyRequestsException\"],\"IntervalSeconds\":1,\"MaxAttempts\":3,\"BackoffRate\":2}],")
                        .append("\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],\"ResultPath\":\"$.error\",\"Next\":\"Failed\"}],")
                        .append("\"Next\":\"").append(next).append("\"}");
                case 1 -> sb.append("{\"Type\":\"Pass\",\"Parameters\":{\"msg.$\":\"States.Format('step {} of {}', $.a, $.b)\",\"k\":1},")
                        .append("\"ResultPath\":\"$.p").append(i).append("\",\"Next\":\"").append(next).append("\"}");
                case 2 -> sb.append("{\"Type\":\"Choice\",\"Choices\":[{\"And\":[{\"Variable\":\"$.x\",\"NumericGreaterThan\":1},")
                        .append("{\"Variable\":\"$.y\",\"StringEquals\":\"a\"}],\"Next\":\"").append(next).append("\"}],")
                        .append("\"Default\":\"").append(next).append("\"}");
                default -> sb.append("{\"Type\":\"Wait\",\"Seconds\":5,\"Next\":\"").append(next).append("\"}");
            }
        }
        sb.append(",\"S").append(n - 2).append("\":{\"Type\":\"Succeed\"}");
        sb.append(",\"Failed\":{\"Type\":\"Fail\",\"Error\":\"Generated.Failure\"}}}");
        return sb.toString();
    }
}
