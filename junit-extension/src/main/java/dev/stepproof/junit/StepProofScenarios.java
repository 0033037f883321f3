package dev.stepproof.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the {@code stepproof} engine run the scenario files (and MockConfigFiles) in a class's package, for build
 * tools that select tests by class. Maven Surefire and Gradle hand the JUnit Platform only the test classes they
 * scanned, never the classpath, so without such a class the engine finds no scenario files there; an IDE or the
 * Console Launcher that scans the classpath does not need one.
 *
 * <pre>{@code
 * // src/test/java/com/acme/orders/OrdersScenariosTest.java: runs src/test/resources/com/acme/orders/**.sfn-test.yaml
 * @StepProofScenarios
 * class OrdersScenariosTest {
 * }
 * }</pre>
 *
 * The class needs no methods; name it so that the build tool includes it (Surefire: {@code *Test}, {@code Test*},
 * {@code *Tests}, {@code *TestCase}). The files found become containers under one container for the class,
 * {@code [engine:stepproof]/[suite:<class name>]/[file:…]/[case:…]}, whose class source is what Surefire needs to
 * run and report them; each case keeps its file and line as its source for IDE navigation. Selecting one case by
 * its unique id alone is not supported under a suite (re-run the class, or select the file and line).
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StepProofScenarios {

    /**
     * @return the packages whose classpath resources (their sub-packages included) are searched for files the
     *         engine's include globs match, e.g. {@code "com.acme.orders"}; empty (the default) for the annotated
     *         class's own package. {@code ""} searches the whole classpath.
     * @since 0.1.0
     */
    String[] packages() default {};
}
