package bango.register;

/** Sex (性別) as the resident register records it. */
public enum Sex {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    /** The register's label: 男 or 女. */
    public String label() {
        return label;
    }
}
