package bango.annex;

/** A fragment of a cell the resolvers cannot resolve; the table adds where it was. */
final class Unresolved extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fragment;

    Unresolved(String fragment, String reason) {
        super(reason);
        this.fragment = fragment;
    }

    String fragment() {
        return fragment;
    }
}
