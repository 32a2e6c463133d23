package bango.annex;

/** Checks shared by the name records of this package. */
final class Names {

    private Names() {
    }

    /** A name is present, not blank and without surrounding white space. */
    static void requireName(String name, String what) {
        if (name == null) {
            throw new NullPointerException(what + " needs a name");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name that is not blank");
        }
        if (!name.strip().equals(name)) {
            throw new IllegalArgumentException(what + "'s name has white space around it: '" + name + "'");
        }
    }
}
