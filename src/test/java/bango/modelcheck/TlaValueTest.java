package bango.modelcheck;

import static bango.modelcheck.TlaValue.bool;
import static bango.modelcheck.TlaValue.model;
import static bango.modelcheck.TlaValue.of;
import static bango.modelcheck.TlaValue.parse;
import static bango.modelcheck.TlaValue.record;
import static bango.modelcheck.TlaValue.seq;
import static bango.modelcheck.TlaValue.set;
import static bango.modelcheck.TlaValue.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class TlaValueTest {

    // --- Scalars ---

    @Test
    void integers() {
        assertEquals(of(0), parse("0"));
        assertEquals(of(42), parse(" 42\n"));
        assertEquals(of(-7), parse("-7"));
        assertEquals(of(2147483647), parse("2147483647"));
        assertEquals(of(-2147483648L), parse("-2147483648"));
        assertThrows(TlaParseException.class, () -> parse("99999999999999999999"));
        assertThrows(TlaParseException.class, () -> parse("-"));
        assertThrows(TlaParseException.class, () -> parse("12ab"));
    }

    @Test
    void stringsWithEscapes() {
        assertEquals(str(""), parse("\"\""));
        assertEquals(str("none"), parse("\"none\""));
        assertEquals(str("a \"quoted\" \\ back\nslash\ttab"), parse("\"a \\\"quoted\\\" \\\\ back\\nslash\\ttab\""));
        assertEquals(str("日本語 番号"), parse("\"日本語 番号\""));
        assertEquals(str("a, b }"), parse("\"a, b }\""));
        assertThrows(TlaParseException.class, () -> parse("\"open"));
        assertThrows(TlaParseException.class, () -> parse("\"bad \\q escape\""));
    }

    @Test
    void booleansAndModelValues() {
        assertEquals(bool(true), parse("TRUE"));
        assertEquals(bool(false), parse("FALSE"));
        assertEquals(model("r1"), parse("r1"));
        assertEquals(model("_x_2"), parse("_x_2"));
        assertNotEquals(model("r1"), str("r1"));
        assertNotEquals(model("TRUEish"), bool(true));
        assertThrows(IllegalArgumentException.class, () -> model("TRUE"));
        assertThrows(IllegalArgumentException.class, () -> model("a b"));
    }

    // --- Structures ---

    @Test
    void sequences() {
        assertEquals(seq(), parse("<<>>"));
        assertEquals(seq(), parse("<< >>"));
        assertEquals(seq(of(0), of(1)), parse("<<0, 1>>"));
        assertEquals(seq(str("rc"), model("r2")), parse("<<\"rc\", r2>>"));
        assertEquals(seq(seq(), seq(seq(of(1)))), parse("<<<<>>, <<<<1>>>>>>"));
        assertThrows(TlaParseException.class, () -> parse("<<1, 2"));
        assertThrows(TlaParseException.class, () -> parse("<<1,, 2>>"));
    }

    @Test
    void sets() {
        assertEquals(set(), parse("{}"));
        assertEquals(set(model("m1"), model("m2")), parse("{m1, m2}"));
        assertEquals(parse("{m2, m1}"), parse("{m1, m2}"), "order does not matter");
        assertEquals(set(set()), parse("{{}}"));
        assertNotEquals(set(), set(set()));
        assertEquals(set(of(1), of(2), of(3)), parse("1..3"), "intervals are sets");
        assertEquals(set(), parse("3..1"));
        assertEquals(set(of(-1), of(0)), parse("-1..0"));
    }

    @Test
    void records() {
        TlaValue job = parse("[rc |-> \"none\", gen |-> 0, attempt |-> 0, cursor |-> \"none\", to |-> \"none\"]");
        assertInstanceOf(TlaValue.Rec.class, job);
        assertEquals(str("none"), job.get("rc"));
        assertEquals(0, job.get("gen").asLong());
        assertEquals(parse("[to |-> \"none\", cursor |-> \"none\", attempt |-> 0, gen |-> 0, rc |-> \"none\"]"), job,
                "field order does not matter");
        assertThrows(TlaParseException.class, () -> parse("[a |-> 1, a |-> 2]"));
        assertThrows(TlaParseException.class, () -> parse("[a |-> 1,]"));
        assertThrows(TlaParseException.class, () -> parse("[]"));
    }

    @Test
    void functions() {
        TlaValue f = parse("(i1 :> {} @@ i2 :> {1})");
        assertInstanceOf(TlaValue.Fcn.class, f);
        assertEquals(set(), f.apply(model("i1")));
        assertEquals(set(of(1)), f.apply(model("i2")));
        assertEquals(parse("(i2 :> {1} @@ i1 :> {})"), f, "order does not matter");
        assertEquals(TlaValue.function(Map.of(model("r2"), model("r1"))), parse("(r2 :> r1)"));
        assertEquals(TlaValue.function(Map.of(seq(model("i1"), of(1)), model("c1"))), parse("(<<i1, 1>> :> c1)"));
        assertThrows(IllegalArgumentException.class, () -> f.apply(model("i3")));
        assertThrows(TlaParseException.class, () -> parse("(a :> 1 @@ a :> 2)"));
        assertThrows(TlaParseException.class, () -> parse("(a :> 1 @@ b)"));
        assertEquals(of(5), parse("(5)"), "a parenthesized value is the value");
    }

    // --- One representation per value ---

    @Test
    void functionOnOneToNIsTheSequence() {
        assertEquals(seq(str("a"), str("b")), parse("(1 :> \"a\" @@ 2 :> \"b\")"));
        assertEquals(seq(str("a"), str("b")), parse("(2 :> \"b\" @@ 1 :> \"a\")"));
        assertEquals(seq(str("a")), parse("(1 :> \"a\")"));
        assertInstanceOf(TlaValue.Fcn.class, parse("(0 :> \"a\" @@ 1 :> \"b\")"));
        assertInstanceOf(TlaValue.Fcn.class, parse("(2 :> \"b\")"));
        assertThrows(IllegalArgumentException.class, () -> new TlaValue.Fcn(Map.of(of(1), str("a"))));
        assertThrows(IllegalArgumentException.class, () -> new TlaValue.Fcn(Map.of()));
    }

    @Test
    void functionOnStringsIsTheRecord() {
        assertEquals(parse("[a |-> 1, b |-> 2]"), parse("(\"b\" :> 2 @@ \"a\" :> 1)"));
        assertEquals(record("a", 1, "b", 2), parse("[a |-> 1, b |-> 2]"));
        assertThrows(IllegalArgumentException.class, () -> new TlaValue.Fcn(Map.of(str("a"), of(1))));
        assertThrows(IllegalArgumentException.class, () -> new TlaValue.Rec(Map.of()));
        assertEquals(seq(), record(), "the empty record is the empty function <<>>");
        // A domain mixing strings and model values stays a function.
        assertInstanceOf(TlaValue.Fcn.class, parse("(m1 :> 1 @@ \"jlis\" :> 2)"));
    }

    @Test
    void javaValuesConvert() {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("rc", "none");
        job.put("gen", 0);
        job.put("flags", Set.of(true));
        job.put("path", List.of(1L, 2L));
        assertEquals(parse("[rc |-> \"none\", gen |-> 0, flags |-> {TRUE}, path |-> <<1, 2>>]"), TlaValue.from(job));
        assertEquals(seq(), TlaValue.from(Map.of()));
        assertEquals(seq(), TlaValue.from(List.of()));
        assertEquals(parse("<<\"x\", \"y\">>"), TlaValue.from(Map.of(1, "x", 2, "y")));
        assertThrows(IllegalArgumentException.class, () -> TlaValue.from(3.5));
        assertThrows(NullPointerException.class, () -> TlaValue.from(null));
    }

    @Test
    void accessorsRefuseOtherTypes() {
        assertThrows(IllegalStateException.class, () -> of(1).asString());
        assertThrows(IllegalStateException.class, () -> str("x").asLong());
        assertThrows(IllegalStateException.class, () -> of(1).asBoolean());
        assertThrows(IllegalStateException.class, () -> set().apply(of(1)));
        assertThrows(IllegalArgumentException.class, () -> seq(of(7)).apply(of(2)));
        assertEquals(of(7), seq(of(7)).apply(of(1)));
        assertTrue(parse("TRUE").asBoolean());
    }

    // --- Layout, errors ---

    @Test
    void whitespaceAndLineBreaksAreInsignificant() {
        String multiLine = """
                ( m1 :> {{<<"rc", r1>>}} @@
                  i1 :>
                      { {<<"num", r1>>, <<"serial", i1, 1>>},
                        {<<"serial", i1, 1>>, <<"code", i1, c1>>} } @@
                  "core" :> {} )""";
        assertEquals(parse(multiLine.replaceAll("\\s+", " ")), parse(multiLine));
        assertEquals(parse("{<<1,2>>,[a|->-1]}"), parse("{ << 1 , 2 >> , [ a |-> -1 ] }"));
    }

    @Test
    void errorsSayWhere() {
        TlaParseException e = assertThrows(TlaParseException.class, () -> parse("{1,\n 2, ?}"));
        assertEquals(8, e.offset());
        assertTrue(e.getMessage().contains("line 2, column 5"), e.getMessage());
        assertThrows(TlaParseException.class, () -> parse(""));
        assertThrows(TlaParseException.class, () -> parse("1 2"));
        assertThrows(TlaParseException.class, () -> parse("{1, 2"));
    }

    @Test
    void printingIsTlaSyntax() {
        assertEquals("[rc |-> r2, num |-> \"a\\\"b\"]", record("rc", model("r2"), "num", "a\"b").toString());
        Map<TlaValue, TlaValue> f = new LinkedHashMap<>();
        f.put(model("i1"), set());
        f.put(model("i2"), seq(of(1), bool(true)));
        assertEquals("(i1 :> {} @@ i2 :> <<1, TRUE>>)", TlaValue.function(f).toString());
        assertEquals("(\"a b\" :> 1)", record("a b", 1).toString());
        assertEquals("{-1, \"x\\n\"}", set(of(-1), str("x\n")).toString());
    }

    /** Random nested values print and parse back to themselves. */
    @Test
    void printThenParseIsIdentity() {
        qt().withExamples(500).forAll(values(3)).checkAssert(v -> assertEquals(v, parse(v.toString()), v.toString()));
    }

    private static Gen<TlaValue> values(int depth) {
        Gen<TlaValue> ints = SourceDSL.integers().between(-1000, 1000).map(i -> (TlaValue) of(i));
        Gen<TlaValue> strings = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 6).map(s -> (TlaValue) str(s));
        Gen<TlaValue> models = Generate.pick(List.of("r1", "r2", "m1", "i1", "c_4")).map(s -> (TlaValue) model(s));
        Gen<TlaValue> bools = SourceDSL.booleans().all().map(b -> (TlaValue) bool(b));
        Gen<TlaValue> scalars = Generate.oneOf(ints, strings, models, bools);
        if (depth == 0) {
            return scalars;
        }
        Gen<TlaValue> inner = values(depth - 1);
        Gen<List<TlaValue>> lists = SourceDSL.lists().of(inner).ofSizeBetween(0, 3);
        Gen<TlaValue> seqs = lists.map(l -> (TlaValue) seq(l));
        Gen<TlaValue> sets = lists.map(l -> (TlaValue) set(l));
        Gen<TlaValue> recs = lists.map(l -> {
            Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
            for (int i = 0; i < l.size(); i++) {
                m.put(str("f" + i), l.get(i));
            }
            return TlaValue.function(m);
        });
        Gen<TlaValue> fcns = lists.zip(lists, (ks, vs) -> {
            Map<TlaValue, TlaValue> m = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(ks.size(), vs.size()); i++) {
                m.put(ks.get(i), vs.get(i));
            }
            return TlaValue.function(m);
        });
        return Generate.oneOf(scalars, seqs, sets, recs, fcns);
    }

    // --- Real TLC output ---

    /** Every variable of every state of a recorded MCIdentifiers error trace parses; a few are checked whole. */
    @Test
    void recordedMcIdentifiersTrace() throws IOException {
        TlcResult r = TlcRunner.interpret(TlcRunnerTest.resource("core-receives-number-on-network.tool.txt"), 12, 1, null);
        TlcState s3 = r.trace().get(2);
        Map<String, TlaValue> v = s3.values();
        assertEquals(parse("<<[rc |-> r2, gen |-> 0, attempt |-> 0, num |-> r1]>>"), v.get("ledger"));
        assertEquals(seq(record("rc", model("r2"), "gen", 0, "attempt", 0, "num", model("r1"))), v.get("ledger"));
        assertEquals(record("rc", "none", "gen", 0, "attempt", 0, "cursor", "none", "to", "none"), v.get("job"));
        Map<TlaValue, TlaValue> perm = new LinkedHashMap<>();
        perm.put(seq(of(0), of(0)), TlaValue.function(Map.of(model("r2"), model("r1"))));
        perm.put(seq(of(0), of(1)), seq());
        perm.put(seq(of(1), of(0)), seq());
        perm.put(seq(of(1), of(1)), seq());
        assertEquals(TlaValue.function(perm), v.get("perm"));
        assertEquals(set(set(seq(str("rc"), model("r2"))), set(seq(str("rc"), model("r2")), seq(str("num"), model("r1")))),
                v.get("knows").apply(model("m2")));
        assertEquals(set(), v.get("knows").apply(str("observer")));

        TlcState s4 = r.trace().get(3);
        assertEquals(set(record("to", "jlis", "num", model("r1"), "kind", "codeRequest", "serial", 1, "from", model("i1"))),
                s4.value("msgs"));
        assertEquals(TlaValue.function(Map.of(model("i1"), set(record("num", model("r1"), "serial", 1)), model("i2"), set())),
                s4.value("outstanding"));

        TlcState s5 = r.trace().get(4);
        assertEquals(TlaValue.function(Map.of(seq(model("i1"), of(1)), model("c1"))), s5.value("codePrf"));
        assertEquals(set(record("rc", model("r2"), "inst", model("i1"), "code", model("c1"))), s5.value("codeLedger"));
        assertEquals(set(set(seq(str("num"), model("r1")), seq(str("serial"), model("i1"), of(1))),
                        set(seq(str("serial"), model("i1"), of(1)), seq(str("code"), model("i1"), model("c1")))),
                s5.value("knows").apply(model("i1")));
    }
}
