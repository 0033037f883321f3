package dev.stepproof.junit.allure;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.assertj.core.api.BDDAssertions.then;

/**
 * Without Allure on the class path nothing breaks: the test class path minus Allure's jars, in a class loader of
 * its own, runs a probe that reports an execution.
 */
class WithoutAllureTest {

    @Test
    void should_load_and_do_nothing_when_allure_is_absent() throws Exception {
        // GIVEN
        List<URL> withoutAllure = new ArrayList<>();
        for (Path entry : testClassPath()) {
            if (!entry.toString().contains("allure")) {
                withoutAllure.add(entry.toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(withoutAllure.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            // WHEN
            var constructor = loader.loadClass(AllureAbsentProbe.class.getName()).getDeclaredConstructor();
            constructor.setAccessible(true); // package-private, and in another class loader's package
            @SuppressWarnings("unchecked")
            Callable<String> probe = (Callable<String>) constructor.newInstance();
            String outcome = probe.call();
            // THEN
            then(outcome).isEqualTo("allure loadable: false, available: false, reported: false");
        }
        then(StepProofAllure.isAvailable()).isTrue();
    }

    /** The class path entries, expanding Surefire's manifest-only jar (whose manifest lists the real ones). */
    private static List<Path> testClassPath() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            entries.add(path);
            entries.addAll(manifestClassPath(path));
        }
        return entries;
    }

    private static List<Path> manifestClassPath(Path jar) throws IOException {
        if (!jar.toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            List<Path> entries = new ArrayList<>();
            if (classPath != null) {
                for (String relative : classPath.trim().split("\\s+")) {
                    entries.add(Path.of(jar.getParent().toUri().resolve(relative)));
                }
            }
            return entries;
        }
    }
}
