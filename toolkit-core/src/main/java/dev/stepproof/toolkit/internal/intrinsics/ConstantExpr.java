package dev.stepproof.toolkit.internal.intrinsics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.stepproof.toolkit.internal.dataflow.EvalContext;

import java.math.BigDecimal;

/** A literal argument, converted to its JSON node once at compile time. */
final class ConstantExpr implements Expr {

    private final JsonNode value;

    ConstantExpr(JsonNode value) {
        this.value = value;
    }

    static ConstantExpr of(IntrinsicArg arg) {
        if (arg instanceof IntrinsicArg.Str s) {
            return new ConstantExpr(TextNode.valueOf(s.value()));
        }
        if (arg instanceof IntrinsicArg.Num n) {
            return new ConstantExpr(number(n));
        }
        if (arg instanceof IntrinsicArg.Bool b) {
            return new ConstantExpr(BooleanNode.valueOf(b.value()));
        }
        return new ConstantExpr(NullNode.getInstance());
    }

    /**
     * Integers stay integers (int, long or big), other numbers become doubles: the node types Jackson's
     * default parsing gives the same text in a state input, so literals and input values behave alike.
     */
    private static JsonNode number(IntrinsicArg.Num n) {
        BigDecimal value = n.value();
        if (n.isIntegral()) {
            return Nodes.integer(value.toBigIntegerExact());
        }
        return DoubleNode.valueOf(value.doubleValue());
    }

    @Override
    public JsonNode eval(EvalContext ctx) {
        return value;
    }
}
