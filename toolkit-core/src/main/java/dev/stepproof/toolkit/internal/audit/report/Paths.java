package dev.stepproof.toolkit.internal.audit.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names as reports print them: relative to a base directory when the file is under it (GitHub matches
 * SARIF results to the repository by relative path), forward slashes, URI-encoded for SARIF.
 */
final class Paths {

    private Paths() {
    }

    /** @return {@code source} relative to {@code base} with forward slashes, or as given when outside it */
    static String relative(String source, Path base) {
        if (base == null) {
            return source.replace('\\', '/');
        }
        try {
            Path p = Path.of(source).toAbsolutePath().normalize();
            Path b = base.toAbsolutePath().normalize();
            return (p.startsWith(b) ? b.relativize(p) : p).toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return source.replace('\\', '/');
        }
    }

    /** @return a URI reference for the (relative or absolute) path, as SARIF's artifactLocation.uri requires */
    static String uri(String relativeOrAbsolute) {
        if (relativeOrAbsolute.startsWith("/")) {
            return Path.of(relativeOrAbsolute).toUri().toString();
        }
        try {
            return new URI(null, null, relativeOrAbsolute, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relativeOrAbsolute.replace(" ", "%20");
        }
    }
}
