package dev.stepproof.toolkit.internal.validate;

import dev.stepproof.toolkit.internal.time.Rfc3339;

/** RFC 3339 timestamps as AWS accepts them in Wait and Choice; the interpreter uses the same parser. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * @param text the candidate, may be null
     * @return whether it is a timestamp of the profile {@link Rfc3339} accepts
     */
    public static boolean isRfc3339(String text) {
        return Rfc3339.isValid(text);
    }
}
