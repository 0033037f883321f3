/**
 * Performs {@code arn:aws:states:::http:invoke} (the HTTP Task) for real with {@code java.net.http.HttpClient}:
 * {@link dev.stepproof.toolkit.internal.http.HttpParameters} checks the task's parameters and builds a
 * {@link dev.stepproof.toolkit.internal.http.HttpRequestSpec}; {@link dev.stepproof.toolkit.internal.http.HttpCaller}
 * sends it and maps the response or failure as AWS does. The public face is
 * {@link dev.stepproof.toolkit.HttpTaskInvoker}.
 */
package dev.stepproof.toolkit.internal.http;
