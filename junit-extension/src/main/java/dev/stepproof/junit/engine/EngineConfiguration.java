package dev.stepproof.junit.engine;

import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The engine's settings, read once at discovery from the {@code stepproof.*} configuration parameters
 * ({@link Constants}) and carried to execution by the engine descriptor.
 *
 * @param scenarios     which files are scenario files
 * @param mockConfigs   which files are MockConfigFiles
 * @param failOnWarning whether WARNING diagnostics fail cases
 * @param nameFilter    the case name filter's raw value and pattern, empty when every case runs
 * @param failOnSecrets whether a secret found again in a case's history fails it
 */
record EngineConfiguration(IncludeGlob scenarios, IncludeGlob mockConfigs, boolean failOnWarning,
                           Optional<NameFilter> nameFilter, boolean failOnSecrets) {

    /** @param value the parameter as given, quoted in skip reasons */
    record NameFilter(String value, Pattern pattern) {
        boolean matches(String name) {
            return pattern.matcher(name).matches();
        }
    }

    /** Reads the parameters; an invalid value is reported (naming key and value) and replaced by the default. */
    static EngineConfiguration from(ConfigurationParameters parameters, DiscoveryIssueReporter issues) {
        Reader reader = new Reader(parameters, issues);
        return new EngineConfiguration(
                reader.read(Constants.SCENARIOS_INCLUDE, IncludeGlob::new, "a glob",
                        new IncludeGlob(Constants.SCENARIOS_INCLUDE_DEFAULT), "the default, '" + Constants.SCENARIOS_INCLUDE_DEFAULT + "'"),
                reader.read(Constants.MOCK_CONFIG_INCLUDE, IncludeGlob::new, "a glob",
                        new IncludeGlob(Constants.MOCK_CONFIG_INCLUDE_DEFAULT), "the default, '" + Constants.MOCK_CONFIG_INCLUDE_DEFAULT + "'"),
                reader.read(Constants.FAIL_ON_WARNING, EngineConfiguration::bool, "true or false", false, "the default, 'false'"),
                Optional.ofNullable(reader.read(Constants.FILTER_NAME, v -> new NameFilter(v, Pattern.compile(v)),
                        "a regular expression", null, "no filter")),
                reader.read(Constants.FAIL_ON_SECRETS_IN_HISTORY, EngineConfiguration::bool, "true or false", true,
                        "the default, 'true'"));
    }

    private static boolean bool(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private record Reader(ConfigurationParameters parameters, DiscoveryIssueReporter issues) {
        <T> T read(String key, Function<String, T> parse, String expected, T fallback, String fallbackText) {
            Optional<String> value = parameters.get(key);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                return parse.apply(value.get());
            } catch (IllegalArgumentException e) {
                // PatternSyntaxException is an IllegalArgumentException too; its description says what is wrong.
                String why = e instanceof PatternSyntaxException p ? " (" + p.getDescription() + ")" : "";
                issues.reportIssue(DiscoveryIssue.create(Severity.ERROR, "Configuration parameter '" + key + "=" + value.get()
                        + "' is not " + expected + why + "; using " + fallbackText + "."));
                return fallback;
            }
        }
    }
}
