/**
 * JSONata templates ({@code "{% expression %}"}) for JSONata states: recognised by their delimiters and
 * compiled once with jsonata-java, so that syntax errors surface at validation time with JSONata's
 * error code and position.
 */
package dev.stepproof.toolkit.internal.jsonata;
