package dev.stepproof.toolkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data file, parsed once: services by resource type, cause templates, HTTP profiles and the {@code aws-sdk}
 * exception prefixes. Immutable.
 */
final class CatalogueData {

    static final String AWS_SDK = "aws-sdk:";
    private static final String AWS_SDK_DEFAULTS = "aws-sdk:*";

    private final Map<String, ServiceEntry> services;
    private final Map<String, String> causeStyles;
    private final Map<String, HttpProfile> httpProfiles;
    private final Map<String, String> awsSdkPrefixes;

    private CatalogueData(Map<String, ServiceEntry> services, Map<String, String> causeStyles,
                          Map<String, HttpProfile> httpProfiles, Map<String, String> awsSdkPrefixes) {
        this.services = Map.copyOf(services);
        this.causeStyles = Map.copyOf(causeStyles);
        this.httpProfiles = Map.copyOf(httpProfiles);
        this.awsSdkPrefixes = Map.copyOf(awsSdkPrefixes);
    }

    static CatalogueData read(JsonNode root) {
        if (root.path("formatVersion").asInt() != 1) {
            throw new IllegalArgumentException("Integration catalogue: formatVersion must be 1, but was "
                    + root.path("formatVersion"));
        }
        Map<String, ServiceEntry> services = new LinkedHashMap<>();
        root.path("services").fields().forEachRemaining(e -> services.put(e.getKey(), ServiceEntry.read(e.getValue())));
        Map<String, String> styles = new LinkedHashMap<>();
        root.path("causeStyles").fields().forEachRemaining(e -> styles.put(e.getKey(), e.getValue().asText()));
        Map<String, HttpProfile> profiles = new LinkedHashMap<>();
        root.path("httpProfiles").fields().forEachRemaining(e -> profiles.put(e.getKey(), HttpProfile.read(e.getValue())));
        Map<String, String> prefixes = new LinkedHashMap<>();
        root.path("awsSdkErrorPrefixes").fields().forEachRemaining(e -> prefixes.put(e.getKey(), e.getValue().asText()));
        prefixes.remove("about");
        return new CatalogueData(services, styles, profiles, prefixes);
    }

    /**
     * @return the entry for {@code resourceType}; every {@code aws-sdk:<service>} has one (the {@code aws-sdk:*}
     *         defaults, specialised), other unknown types have none
     */
    Optional<ServiceEntry> service(String resourceType) {
        if (resourceType == null) {
            return Optional.empty();
        }
        if (resourceType.startsWith(AWS_SDK) && !resourceType.equals(AWS_SDK_DEFAULTS)) {
            ServiceEntry defaults = services.get(AWS_SDK_DEFAULTS);
            ServiceEntry own = services.get(resourceType);
            String service = resourceType.substring(AWS_SDK.length());
            String prefix = own != null && own.prefix() != null ? own.prefix() : awsSdkPrefix(service);
            return Optional.ofNullable(defaults).map(d -> d.specialise(own, prefix));
        }
        return Optional.ofNullable(services.get(resourceType));
    }

    /**
     * The exception prefix of an {@code aws-sdk} service: from the table, else the service name with its first
     * letter in upper case (the SDK v2 client naming most services follow, e.g. {@code kinesis} → {@code Kinesis}).
     */
    String awsSdkPrefix(String service) {
        String known = awsSdkPrefixes.get(service.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return service.isEmpty() ? service : Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }

    /** @return the cause template named {@code style}, or {@code ${message}} when the data has none */
    String causeTemplate(String style) {
        return causeStyles.getOrDefault(style, "${message}");
    }

    Optional<HttpProfile> httpProfile(String name) {
        return Optional.ofNullable(name == null ? null : httpProfiles.get(name));
    }

    /** @return the resource types the data file describes (the {@code aws-sdk:*} defaults included) */
    Iterable<String> resourceTypes() {
        return services.keySet();
    }
}
