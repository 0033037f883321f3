package dev.stepproof.toolkit.internal.parse;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.stepproof.toolkit.Diagnostic;
import dev.stepproof.toolkit.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams JSON or YAML into a Jackson tree while recording the source position of every node.
 *
 * <p>Written against the streaming API rather than {@code ObjectMapper.readTree} for three reasons:
 * positions (the tree model drops them), duplicate keys (reported all at once with their line,
 * instead of Jackson's first-only exception), and YAML aliases (expanded here under a node budget,
 * which is the alias-bomb defence; Jackson's YAML parser leaves aliases unexpanded).
 * The builder is iterative, so nesting depth is bounded by {@link ReadLimits}, never by the Java stack.
 */
public final class LocatedTreeReader {

    /** Input syntax. */
    public enum Syntax { JSON, YAML }

    /** What came out: a document, or none when the text could not be parsed, plus the problems seen. */
    public record Outcome(LocatedDocument document, List<Diagnostic> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private final ReadLimits limits;
    private final JsonFactory jsonFactory;
    private final YAMLFactory yamlFactory;

    public LocatedTreeReader(ReadLimits limits) {
        this.limits = limits;
        // Jackson's own constraints sit just above ours so that ours, with the better message, trip first.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(Math.max(1, limits.maxBytes()))
                .maxDocumentLength(limits.maxBytes() <= 0 ? -1 : limits.maxBytes() * 4L + 16)
                .build();
        this.jsonFactory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(limits.maxYamlAliases());
        loader.setAllowDuplicateKeys(true); // we detect and report duplicates ourselves, with positions
        loader.setNestingDepthLimit(limits.maxDepth() + 1);
        loader.setCodePointLimit(Math.max(1, limits.maxBytes() + 1));
        this.yamlFactory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(constraints)
                .build();
    }

    /** Parses {@code text} as a state machine definition; never throws on bad input. */
    public Outcome read(Reader text, Syntax syntax, String source) {
        return read(text, syntax, source, ReaderProblems.Subject.DEFINITION);
    }

    /** Parses {@code text}, naming it as {@code subject} in problems; never throws on bad input. */
    public Outcome read(Reader text, Syntax syntax, String source, ReaderProblems.Subject subject) {
        ReaderProblems problems = new ReaderProblems(source, subject);
        try (JsonParser parser = syntax == Syntax.YAML
                ? yamlFactory.createParser(text) : jsonFactory.createParser(text)) {
            Builder builder = new Builder(parser, problems);
            JsonNode root = builder.build();
            if (root == null) {
                if (!problems.hasErrors()) {
                    problems.empty();
                }
                return new Outcome(null, problems.list());
            }
            return new Outcome(new LocatedDocument(source, root, builder.positions), problems.list());
        } catch (StreamConstraintsException e) {
            problems.limitExceeded(position(e.getLocation()), e.getOriginalMessage());
        } catch (JacksonException e) {
            problems.syntax(position(e.getLocation()), syntax, cleanMessage(e));
        } catch (IOException e) {
            problems.io(e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, nesting) as unchecked exceptions.
            problems.syntax(SourcePosition.UNKNOWN, syntax, String.valueOf(e.getMessage()));
        }
        return new Outcome(null, problems.list());
    }

    private static String cleanMessage(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        // SnakeYAML appends a caret diagram spanning several lines: keep the first, positions say the rest.
        int nl = m.indexOf('\n');
        return (nl > 0 ? m.substring(0, nl) : m).trim();
    }

    static SourcePosition position(JsonLocation loc) {
        if (loc == null || loc.getLineNr() <= 0) {
            return SourcePosition.UNKNOWN;
        }
        return new SourcePosition(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private final class Builder {
        private final JsonParser parser;
        private final ReaderProblems problems;
        private final Map<String, SourcePosition> positions = new HashMap<>();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private JsonNode root;
        private long nodes;

        Builder(JsonParser parser, ReaderProblems problems) {
            this.parser = parser;
            this.problems = problems;
        }

        JsonNode build() throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (!step(token)) {
                    return null;
                }
                if (stack.isEmpty() && root != null) {
                    break;
                }
            }
            if (root != null && parser.nextToken() != null) {
                problems.trailingContent(position(parser.currentTokenLocation()));
                return null;
            }
            return problems.hasErrors() ? null : root;
        }

        private boolean step(JsonToken token) throws IOException {
            switch (token) {
                case FIELD_NAME -> {
                    Frame frame = stack.peek();
                    String name = parser.currentName();
                    String pointer = LocatedDocument.child(frame.pointer, name);
                    SourcePosition pos = position(parser.currentTokenLocation());
                    if (((ObjectNode) frame.node).has(name)) {
                        problems.duplicateKey(pointer, pos, name, positions.get(pointer));
                    } else {
                        positions.put(pointer, pos);
                    }
                    frame.pendingKey = name;
                    return true;
                }
                case START_OBJECT, START_ARRAY -> {
                    if (stack.size() >= limits.maxDepth()) {
                        problems.tooDeep(position(parser.currentTokenLocation()), limits.maxDepth());
                        return false;
                    }
                    ContainerNode<?> node = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    String pointer = attach(node);
                    rememberAnchor(node);
                    stack.push(new Frame(node, pointer));
                    return count(1);
                }
                case END_OBJECT, END_ARRAY -> {
                    stack.pop();
                    return true;
                }
                default -> {
                    JsonNode value = scalar(token);
                    if (value == null) {
                        return false;
                    }
                    attach(value);
                    rememberAnchor(value);
                    return true;
                }
            }
        }

        private JsonNode scalar(JsonToken token) throws IOException {
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                return alias(yaml.getText());
            }
            count(1);
            return switch (token) {
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                case VALUE_EMBEDDED_OBJECT -> NODES.textNode(parser.getText());
                default -> NODES.textNode(parser.getText());
            };
        }

        /** Expands a YAML alias, charging the copied nodes against the budget (the alias-bomb defence). */
        private JsonNode alias(String anchor) {
            SourcePosition pos = position(parser.currentTokenLocation());
            JsonNode target = anchors.get(anchor);
            if (target == null) {
                problems.unknownAlias(pos, anchor);
                return null;
            }
            long size = sizeOf(target, limits.maxNodes() - nodes + 1);
            if (!count(size)) {
                return null;
            }
            return target.deepCopy();
        }

        private long sizeOf(JsonNode node, long cap) {
            long n = 1;
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(node);
            n = 0;
            while (!todo.isEmpty() && n <= cap) {
                JsonNode cur = todo.pop();
                n++;
                if (cur.isContainerNode()) {
                    cur.elements().forEachRemaining(todo::push);
                }
            }
            return n;
        }

        private boolean count(long added) {
            nodes += added;
            if (nodes > limits.maxNodes()) {
                problems.tooManyNodes(position(parser.currentTokenLocation()), limits.maxNodes());
                return false;
            }
            return true;
        }

        private void rememberAnchor(JsonNode node) throws IOException {
            if (parser instanceof YAMLParser yaml) {
                String anchor = yaml.getCurrentAnchor();
                if (anchor != null) {
                    anchors.put(anchor, node);
                }
            }
        }

        /** Puts {@code node} into the container on top of the stack (or makes it the root); returns its pointer. */
        private String attach(JsonNode node) {
            Frame frame = stack.peek();
            if (frame == null) {
                root = node;
                positions.put("", position(parser.currentTokenLocation()));
                return "";
            }
            if (frame.node instanceof ObjectNode obj) {
                String pointer = LocatedDocument.child(frame.pointer, frame.pendingKey);
                obj.set(frame.pendingKey, node);
                return pointer;
            }
            ArrayNode arr = (ArrayNode) frame.node;
            String pointer = LocatedDocument.child(frame.pointer, arr.size());
            positions.put(pointer, position(parser.currentTokenLocation()));
            arr.add(node);
            return pointer;
        }
    }

    private static final class Frame {
        final ContainerNode<?> node;
        final String pointer;
        String pendingKey;

        Frame(ContainerNode<?> node, String pointer) {
            this.node = node;
            this.pointer = pointer;
        }
    }
}
