package dev.stepproof.toolkit.internal.audit.report;

/** The tool's name and version as reports state them. */
final class Tool {

    static final String NAME = "StepProof";

    private Tool() {
    }

    /** @return the jar's Implementation-Version, or the development version when run from classes */
    static String version() {
        String v = Tool.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
