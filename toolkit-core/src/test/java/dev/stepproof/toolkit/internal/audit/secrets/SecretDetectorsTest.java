package dev.stepproof.toolkit.internal.audit.secrets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretDetectorsTest {

    private static final SecretDetectors DETECTORS = new SecretDetectors(4.5, 3.0);

    @Test
    void should_find_aws_key_ids_private_keys_and_vendor_tokens_but_allow_the_documentation_key() {
        // WHEN / THEN
        assertThat(DETECTORS.credential("key=AKIAZ7Q2W3E4R5T6Y7U2")).get()
                .satisfies(d -> assertThat(d.kind()).isEqualTo("AWS access key id AKIA…"));
        assertThat(DETECTORS.credential("AKIAIOSFODNN7EXAMPLE")).isEmpty();
        assertThat(DETECTORS.credential("-----BEGIN RSA PRIVATE KEY-----\nMIIE...")).get()
                .satisfies(d -> assertThat(d.kind()).isEqualTo("private key block"));
        assertThat(DETECTORS.credential("ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8")).get()
                .satisfies(d -> assertThat(d.kind()).isEqualTo("GitHub token"));
    }

    @Test
    void should_never_put_the_secret_itself_in_the_evidence() {
        // WHEN
        String evidence = DETECTORS.credential("AKIAZ7Q2W3E4R5T6Y7U2").orElseThrow().evidence();

        // THEN
        assertThat(evidence).startsWith("sha256:").doesNotContain("Z7Q2W3E4R5T6Y7U2");
    }

    @Test
    void should_tell_secret_names_from_references_to_secrets() {
        // WHEN / THEN
        assertThat(SecretDetectors.secretKey("password")).isTrue();
        assertThat(SecretDetectors.secretKey("db_password")).isTrue();
        assertThat(SecretDetectors.secretKey("apiKey")).isTrue();
        assertThat(SecretDetectors.secretKey("client_secret")).isTrue();
        assertThat(SecretDetectors.secretKey("Authorization")).isTrue();
        assertThat(SecretDetectors.secretKey("SecretId")).isFalse();
        assertThat(SecretDetectors.secretKey("PasswordSecretArn")).isFalse();
        assertThat(SecretDetectors.secretKey("tokenType")).isFalse();
        assertThat(SecretDetectors.secretKey("TableName")).isFalse();
    }

    @Test
    void should_accept_only_real_literals_under_secret_names() {
        // WHEN / THEN
        assertThat(SecretDetectors.literalSecretValue("hunter2-prod")).isTrue();
        assertThat(SecretDetectors.literalSecretValue("$.password")).isFalse();
        assertThat(SecretDetectors.literalSecretValue("${DbPassword}")).isFalse();
        assertThat(SecretDetectors.literalSecretValue("<your-password>")).isFalse();
        assertThat(SecretDetectors.literalSecretValue("{{resolve:secretsmanager:db}}")).isFalse();
        assertThat(SecretDetectors.literalSecretValue("arn:aws:secretsmanager:us-east-1:1:secret:db")).isFalse();
    }

    @Test
    void should_flag_jwts_and_high_entropy_tokens_but_not_uuids_or_words() {
        // WHEN / THEN
        assertThat(DETECTORS.suspicious("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk")).isPresent();
        assertThat(DETECTORS.suspicious("q8Zr2Lw9Xk4Tb7Nc1Vy6Hp3Jm5Gd0Sf8Ue2Ra9Wt")).isPresent();
        assertThat(DETECTORS.suspicious("9f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f")).isEmpty();
        assertThat(DETECTORS.suspicious("Order received, thank you for shopping")).isEmpty();
        assertThat(Entropy.shannon("aaaa")).isEqualTo(0.0);
        assertThat(Entropy.shannon("abcd")).isEqualTo(2.0);
    }
}
