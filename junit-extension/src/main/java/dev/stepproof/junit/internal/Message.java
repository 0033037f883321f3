package dev.stepproof.junit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.description.Description;
import org.assertj.core.description.EmptyTextDescription;
import org.assertj.core.error.DescriptionFormatter;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

import java.util.List;
import java.util.function.Function;

/**
 * An assertion message whose text is composed when AssertJ asks for it, so that JSON values go through the
 * assertion's {@link Representation} and {@code as(...)} descriptions are prefixed as in any AssertJ message.
 * The static factories in {@link StatusMessages}, {@link OutputMessages}, {@link PathMessages} and
 * {@link TaskMessages} build these. Not API.
 *
 * @since 0.1.0
 */
public final class Message implements ErrorMessageFactory {

    /** Paths longer than this are cut in messages: a runaway loop would otherwise print thousands of names. */
    static final int MAX_PATH = 50;

    private final Function<Representation, String> body;

    Message(Function<Representation, String> body) {
        this.body = body;
    }

    @Override
    public String create(Description description, Representation representation) {
        // Not MessageFormatter: it would run our finished text through String.format and quote it.
        return DescriptionFormatter.instance().format(description) + body.apply(representation);
    }

    @Override
    public String create(Description description) {
        return create(description, StandardRepresentation.STANDARD_REPRESENTATION);
    }

    @Override
    public String create() {
        return create(EmptyTextDescription.emptyDescription());
    }

    /** @return {@code [A, B, C]}, cut after {@value #MAX_PATH} names with a count of the rest */
    static String path(List<String> states) {
        if (states.size() <= MAX_PATH) {
            return states.toString();
        }
        return states.subList(0, MAX_PATH).toString().replaceFirst("]$", "")
                + ", … " + (states.size() - MAX_PATH) + " more]";
    }

    /** @return the JSON as the representation renders it */
    static String json(Representation representation, JsonNode node) {
        return node == null ? "null" : representation.toStringOf(node);
    }
}
