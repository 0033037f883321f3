/**
 * Definition validation: the JSON Schema layer ({@link dev.stepproof.toolkit.internal.validate.SchemaCheck}) and
 * the helpers that turn its findings into diagnostics that name states and fields. Internal: not API.
 */
package dev.stepproof.toolkit.internal.validate;
