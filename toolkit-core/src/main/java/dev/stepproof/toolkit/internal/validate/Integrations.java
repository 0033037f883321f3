package dev.stepproof.toolkit.internal.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Task {@code Resource} may be: the optimized-integration table (a resource file), the
 * {@code aws-sdk:*} pattern, Lambda function ARNs, activities, or any other URI.
 */
public final class Integrations {

    /** One problem with a Resource; {@code error} false means a warning. */
    public record Problem(String code, boolean error, String message, String hint) {
    }

    private static final String TABLE = "/dev/stepproof/toolkit/integrations/optimized-integrations.txt";
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final Pattern STATES = Pattern.compile(
            "arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|<partition>):states:::([a-z0-9-]+):(.+)");
    private static final Pattern LAMBDA = Pattern.compile(
            "arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]*)(?::(.*))?");
    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,140}|<[^>]+>");
    private static final Pattern QUALIFIER = Pattern.compile("\\$LATEST|[a-zA-Z0-9_-]{1,128}|<[^>]+>");
    private static final Pattern PATTERN_SUFFIX = Pattern.compile("(.*?)(\\.sync(?::2)?|\\.waitForTaskToken)?");

    private final Map<String, Set<String>> patternsByAction;
    private final Set<String> services;

    private Integrations(Map<String, Set<String>> patternsByAction) {
        this.patternsByAction = Map.copyOf(patternsByAction);
        Set<String> s = new HashSet<>();
        patternsByAction.keySet().forEach(k -> s.add(k.substring(0, k.indexOf(':'))));
        this.services = Set.copyOf(s);
    }

    /** Loads the table shipped with StepProof. */
    public static Integrations standard() {
        try (InputStream in = Integrations.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("StepProof resource missing: " + TABLE);
            }
            Map<String, Set<String>> map = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                map.put(parts[0], Set.of(parts).stream().filter(p -> p.startsWith(".")).collect(java.util.stream.Collectors.toUnmodifiableSet()));
            }
            return new Integrations(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether the table lists {@code service:action} (without a pattern suffix) */
    public boolean isOptimized(String serviceAction) {
        return patternsByAction.containsKey(serviceAction);
    }

    public List<Problem> check(String resource) {
        List<Problem> out = new ArrayList<>();
        if (!URI.matcher(resource).matches()) {
            out.add(new Problem(Codes.INVALID_RESOURCE, true, "has Resource '" + resource
                    + "', which is not a URI (an ARN such as arn:aws:states:::lambda:invoke).",
                    "Use a Lambda function ARN, an activity ARN, or an arn:aws:states::: integration."));
            return out;
        }
        Matcher lambda = LAMBDA.matcher(resource);
        if (lambda.matches()) {
            lambdaArn(resource, lambda, out);
            return out;
        }
        Matcher states = STATES.matcher(resource);
        if (states.matches()) {
            integration(resource, states.group(2), states.group(3), out);
        }
        return out;
    }

    private static void lambdaArn(String resource, Matcher m, List<Problem> out) {
        String name = m.group(1);
        String qualifier = m.group(2);
        if (!FUNCTION_NAME.matcher(name).matches() || (qualifier != null && !QUALIFIER.matcher(qualifier).matches())) {
            out.add(new Problem(Codes.INVALID_RESOURCE, true, "has Resource '" + resource
                    + "', which is not a valid Lambda function ARN (function name: letters, digits, '-' and '_'; qualifier: $LATEST, a version or an alias).",
                    "Write arn:aws:lambda:<region>:<account>:function:<name>[:<version-or-alias>]."));
        }
    }

    private void integration(String resource, String service, String rest, List<Problem> out) {
        Matcher pm = PATTERN_SUFFIX.matcher(rest);
        pm.matches();
        String action = pm.group(1);
        String pattern = pm.group(2);
        if ("aws-sdk".equals(service)) {
            if (pattern != null && pattern.startsWith(".sync")) {
                out.add(new Problem(Codes.UNKNOWN_INTEGRATION, true, "has Resource '" + resource
                        + "'; AWS SDK integrations do not support the '" + pattern + "' pattern.",
                        "Use the optimized integration for .sync, or poll for completion."));
            }
            return;
        }
        String key = service + ":" + action;
        Set<String> patterns = patternsByAction.get(key);
        if (patterns == null) {
            boolean known = services.contains(service);
            out.add(new Problem(known ? Codes.UNKNOWN_INTEGRATION : Codes.UNKNOWN_SERVICE_INTEGRATION, known,
                    "has Resource '" + resource + "', which " + (known ? "is not an optimized integration of '" + service
                            + "' (AWS rejects it as 'not recognized')" : "names a service StepProof does not know as an optimized integration") + ".",
                    "Use arn:aws:states:::aws-sdk:" + service + ":" + action + " to call any API action through the AWS SDK integration."));
        } else if (pattern != null && !patterns.contains(pattern)) {
            out.add(new Problem(Codes.UNKNOWN_INTEGRATION, true, "has Resource '" + resource + "', but '" + key
                    + "' does not support the '" + pattern + "' pattern" + (patterns.isEmpty() ? "" : " (it supports " + patterns + ")") + ".",
                    "Remove '" + pattern + "' or use a supported pattern."));
        }
    }
}
