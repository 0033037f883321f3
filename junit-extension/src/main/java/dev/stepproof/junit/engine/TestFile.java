package dev.stepproof.junit.engine;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;

import java.nio.file.Path;

/**
 * A file the engine was asked to run, and how it was found: on the classpath or on the file system.
 *
 * @param path          where to read it
 * @param id            the value of its {@code [file:…]} unique id segment: {@code classpath:<resource name>} for
 *                      classpath resources (portable between machines), else the absolute, normalized path
 * @param globName      what the include globs are matched against: the resource name, or the absolute path
 * @param source        the container's test source
 * @param reportingName the legacy reporting name: the resource name, or the path
 */
record TestFile(Path path, String id, String globName, TestSource source, String reportingName) {

    /** The prefix of a classpath resource's {@code [file:…]} segment value: {@value}. */
    static final String CLASSPATH = "classpath:";

    static TestFile onClasspath(String resourceName, Path path) {
        return new TestFile(path, CLASSPATH + resourceName, resourceName, ClasspathResourceSource.from(resourceName), resourceName);
    }

    static TestFile onFileSystem(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return new TestFile(absolute, absolute.toString(), absolute.toString(), FileSource.from(absolute.toFile()), absolute.toString());
    }
}
