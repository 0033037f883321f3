package dev.stepproof.toolkit.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.assertj.core.api.BDDAssertions.then;

/** Building the request from an HTTP Task's parameters: URL rewriting, headers, bodies, refusals. */
class HttpParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpParameters.Parsed parse(String parameters, String baseUrl) throws Exception {
        return HttpParameters.parse(JSON.readTree(parameters), baseUrl);
    }

    @Test
    void base_url_replaces_scheme_host_and_port_and_keeps_path_and_query() throws Exception {
        // WHEN
        HttpParameters.Parsed parsed = parse("""
                {"ApiEndpoint": "https://api.example.com:8443/v1/orders?sort=asc", "Method": "GET",
                 "QueryParameters": {"q": "a b", "ids": [1, 2]}}""", "http://127.0.0.1:9999/stub");
        // THEN
        then(parsed.spec().uri()).isEqualTo(URI.create("http://127.0.0.1:9999/stub/v1/orders?sort=asc&q=a%20b&ids=1&ids=2"));
    }

    @Test
    void headers_step_functions_does_not_pass_on_are_dropped_and_values_are_written_out() throws Exception {
        // WHEN
        HttpParameters.Parsed parsed = parse("""
                {"ApiEndpoint": "https://h/x", "Method": "GET",
                 "Headers": {"X-Count": 3, "Range": "bytes=0-1", "Host": "evil", "x-amz-date": "d", "Accept": ["a", "b"]}}""",
                null);
        // THEN
        then(parsed.spec().headers()).containsOnlyKeys("X-Count", "Accept");
        then(parsed.spec().headers().get("X-Count")).containsExactly("3");
        then(parsed.spec().headers().get("Accept")).containsExactly("a", "b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "INDICES  | a=1&list%5B0%5D=x&list%5B1%5D=y&obj%5Bk%5D=v",
            "REPEAT   | a=1&list=x&list=y&obj%5Bk%5D=v",
            "COMMAS   | a=1&list=x,y&obj%5Bk%5D=v",
            "BRACKETS | a=1&list%5B%5D=x&list%5B%5D=y&obj%5Bk%5D=v"})
    void url_encoding_follows_the_array_format(String format, String expected) throws Exception {
        // WHEN
        HttpParameters.Parsed parsed = parse("""
                {"ApiEndpoint": "https://h/x", "Method": "POST",
                 "RequestBody": {"a": 1, "list": ["x", "y"], "obj": {"k": "v"}},
                 "Transform": {"RequestBodyEncoding": "URL_ENCODED", "RequestEncodingOptions": {"ArrayFormat": "%s"}}}"""
                .formatted(format), null);
        // THEN
        then(parsed.spec().body()).isEqualTo(expected);
        then(parsed.spec().contentType()).isEqualTo("application/x-www-form-urlencoded");
    }

    @Test
    void url_encoding_defaults_to_indices() throws Exception {
        // WHEN
        HttpParameters.Parsed parsed = parse("""
                {"ApiEndpoint": "https://h/x", "Method": "POST", "RequestBody": {"l": ["x"]},
                 "Transform": {"RequestBodyEncoding": "URL_ENCODED"}}""", null);
        // THEN
        then(parsed.spec().body()).isEqualTo("l%5B0%5D=x");
    }

    @Test
    void a_string_body_is_sent_as_is_as_text() throws Exception {
        // WHEN
        HttpParameters.Parsed parsed = parse("{\"ApiEndpoint\": \"https://h/x\", \"Method\": \"PUT\", \"RequestBody\": \"raw\"}", null);
        // THEN
        then(parsed.spec().body()).isEqualTo("raw");
        then(parsed.spec().contentType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"Method\": \"GET\"}                                                   | ApiEndpoint     | true",
            "{\"ApiEndpoint\": \"ftp://h/x\", \"Method\": \"GET\"}                   | ApiEndpoint     | false",
            "{\"ApiEndpoint\": \"not a url\", \"Method\": \"GET\"}                   | ApiEndpoint     | false",
            "{\"ApiEndpoint\": \"https://h/x\"}                                      | Method          | true",
            "{\"ApiEndpoint\": \"https://h/x\", \"Method\": \"get\"}                 | Method          | false",
            "{\"ApiEndpoint\": \"https://h/x\", \"Method\": \"GET\", \"Headers\": [1]} | Headers       | false",
            "{\"ApiEndpoint\": \"https://h/x\", \"Method\": \"GET\", \"Headers\": {\"a\": {}}} | Headers | false",
            "{\"ApiEndpoint\": \"https://h/x\", \"Method\": \"GET\", \"QueryParameters\": \"a=1\"} | QueryParameters | false",
            "{\"ApiEndpoint\": \"https://h/x\", \"Method\": \"GET\", \"Transform\": {\"RequestBodyEncoding\": \"XML\"}} | Transform | false",
            "{\"ApiEndpoint\": \"https://h/x\", \"Method\": \"POST\", \"RequestBody\": [1], \"Transform\": {\"RequestBodyEncoding\": \"URL_ENCODED\"}} | RequestBody | false"})
    void unusable_parameters_name_the_field(String parameters, String field, boolean missing) throws Exception {
        // WHEN
        HttpParameters.Parsed parsed = parse(parameters, null);
        // THEN
        then(parsed.spec()).isNull();
        then(parsed.invalidField()).isEqualTo(field);
        then(parsed.missing()).isEqualTo(missing);
    }

    @Test
    void the_connection_arn_is_kept_for_the_record() throws Exception {
        // WHEN
        HttpParameters.Parsed parsed = parse("""
                {"ApiEndpoint": "https://h/x", "Method": "GET", "Authentication": {"ConnectionArn": "arn:c"}}""", null);
        // THEN
        then(parsed.spec().connectionArn()).isEqualTo("arn:c");
        then(parsed.spec().method()).isEqualTo("GET");
    }
}
