package dev.stepproof.toolkit.internal.audit.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises secrets in string values, the way gitleaks and detect-secrets do (see docs/COMPLIANCE.md §1.4), but
 * on parsed values with their key names rather than on raw lines: a definition inside a DefinitionString is
 * JSON-in-JSON, which breaks line-based scanners.
 */
public final class SecretDetectors {

    /** What was found, never the value itself. */
    public record Detection(String kind, String evidence) {
    }

    private static final Pattern AWS_KEY_ID = Pattern.compile("\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN[A-Z ]{0,30} PRIVATE KEY(?: BLOCK)?-----");
    private static final List<Vendor> VENDORS = List.of(
            new Vendor("GitHub token", Pattern.compile("\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\\b")),
            new Vendor("Slack token", Pattern.compile("\\bxox[baprs]-[A-Za-z0-9-]{10,}\\b")),
            new Vendor("Stripe secret key", Pattern.compile("\\b(?:sk|rk)_live_[A-Za-z0-9]{20,}\\b")),
            new Vendor("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")));
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    private static final Pattern WORDS = Pattern.compile("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])");
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret", "token", "apikey",
            "credential", "credentials", "authorization", "passphrase", "auth");
    /** Secret names written as one word or several: apiKey, api_key, ApiKey all join to "apikey". */
    private static final Set<String> COMPOUND = Set.of("apikey", "privatekey", "clientsecret", "secretkey", "accesskey",
            "authtoken", "accesstoken", "refreshtoken", "sessiontoken");
    private static final Set<String> REFERENCE_WORDS = Set.of("id", "arn", "name", "url", "uri", "type", "path",
            "version", "ttl", "expiry", "expiration", "length", "endpoint", "count", "location", "header", "field",
            "prefix", "key", "ref", "stage", "mode", "required", "enabled");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{.*}|<[^>]*>|\\{\\{.*}}|\\{%.*%}|\\*+|x+|X+|(?i)(changeit|redacted|placeholder|todo|tbd|none|null|dummy|example|your[-_ ]?\\w+)");

    private record Vendor(String name, Pattern pattern) {
    }

    private final double base64Entropy;
    private final double hexEntropy;

    /**
     * @param base64Entropy bits per character above which a base64-like token is a secret (detect-secrets: 4.5)
     * @param hexEntropy    the same for hex tokens (detect-secrets: 3.0)
     */
    public SecretDetectors(double base64Entropy, double hexEntropy) {
        this.base64Entropy = base64Entropy;
        this.hexEntropy = hexEntropy;
    }

    /** @return an AWS access key id, private key block or vendor token in the value (SEC-001) */
    public Optional<Detection> credential(String value) {
        Matcher key = AWS_KEY_ID.matcher(value);
        while (key.find()) {
            if (!key.group(1).endsWith("EXAMPLE")) { // AWS documentation's sample key, allow-listed as gitleaks does
                return Optional.of(new Detection("AWS access key id " + key.group(1).substring(0, 4) + "…", hash(key.group(1))));
            }
        }
        if (PRIVATE_KEY.matcher(value).find()) {
            return Optional.of(new Detection("private key block", hash(value)));
        }
        for (Vendor v : VENDORS) {
            Matcher m = v.pattern().matcher(value);
            if (m.find()) {
                return Optional.of(new Detection(v.name(), hash(m.group())));
            }
        }
        return Optional.empty();
    }

    /** @return whether the key names a secret (password, apiKey, client_secret, Authorization…) but not a reference to one (SecretId, TokenArn) */
    public static boolean secretKey(String key) {
        String clean = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
        String joined = clean.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        Matcher m = WORDS.matcher(clean.replaceAll("[^A-Za-z0-9]", " "));
        List<String> words = m.results().map(r -> r.group().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        boolean secretWord = words.stream().anyMatch(SECRET_WORDS::contains) || COMPOUND.stream().anyMatch(joined::contains);
        boolean keyOfSecret = last.equals("key") && (joined.endsWith("apikey") || joined.endsWith("secretkey")
                || joined.endsWith("accesskey") || joined.endsWith("privatekey"));
        return secretWord && (keyOfSecret || !REFERENCE_WORDS.contains(last));
    }

    /** @return whether a value under a secret-named key is a real literal (not a path, placeholder or reference) */
    public static boolean literalSecretValue(String value) {
        String v = value.strip();
        return v.length() >= 4 && !v.startsWith("$") && !v.startsWith("arn:") && !v.contains("{{resolve:")
                && !PLACEHOLDER.matcher(v).matches() && !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false");
    }

    /** @return a JWT or a high-entropy token in the value (SEC-003) */
    public Optional<Detection> suspicious(String value) {
        Matcher jwt = JWT.matcher(value);
        if (jwt.find()) {
            return Optional.of(new Detection("JSON Web Token", hash(jwt.group())));
        }
        if (value.startsWith("arn:") || value.startsWith("$") || value.contains("${")) {
            return Optional.empty();
        }
        for (String token : value.split("[^A-Za-z0-9+/=_-]+")) {
            if (token.length() >= 32 && token.matches("[0-9a-fA-F]+") && Entropy.shannon(token) > hexEntropy) {
                return Optional.of(new Detection("high-entropy hex string (" + String.format(Locale.ROOT, "%.1f", Entropy.shannon(token)) + " bits/char)", hash(token)));
            }
            if (token.length() >= 20 && token.matches("[A-Za-z0-9+/=_-]+") && token.matches(".*\\d.*")
                    && Entropy.shannon(token) > base64Entropy) {
                return Optional.of(new Detection("high-entropy string (" + String.format(Locale.ROOT, "%.1f", Entropy.shannon(token)) + " bits/char)", hash(token)));
            }
        }
        return Optional.empty();
    }

    /** A salted digest: fingerprints must tell secrets apart without revealing them. */
    static String hash(String secret) {
        return "sha256:" + dev.stepproof.toolkit.internal.audit.Fingerprints.sha256("stepproof-audit\n" + secret).substring(0, 16);
    }
}
