package bango.report;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The compiled test classes of a project and the requirement IDs each names with
 * {@code @bango.Covers} (on the class or on any of its methods). Nested classes count for their
 * top-level class, which is what {@code specs/requirements.tsv} lists.
 *
 * <p>{@link #scan} reads the class files themselves (no class loading), so the report can use it
 * with only the runtime class path; the JUnit traceability test builds the same index by
 * reflection and checks that both agree.
 *
 * @param covers every test class found (binary name of the top-level class) with the IDs it names,
 *               possibly none
 */
public record TestIndex(Map<String, Set<String>> covers) {

    /** Where Maven compiles the tests, under the project root. */
    public static final Path TEST_CLASSES = Path.of("target", "test-classes");

    /** The descriptor of the annotation {@code bango.Covers}. */
    static final String COVERS_DESCRIPTOR = "Lbango/Covers;";

    public TestIndex {
        Map<String, Set<String>> copy = new TreeMap<>();
        covers.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        covers = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether a test class of that name was found. */
    public boolean exists(String className) {
        return covers.containsKey(className);
    }

    /** The IDs the class names with {@code @Covers}; empty if none or no such class. */
    public Set<String> coversOf(String className) {
        return covers.getOrDefault(className, Set.of());
    }

    /** The top-level class of a binary class name: {@code a.B$C} gives {@code a.B}. */
    public static String topLevel(String binaryName) {
        int dollar = binaryName.indexOf('$');
        return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
    }

    /** Reads every class file under {@code dir} (a class-output directory such as target/test-classes). */
    public static TestIndex scan(Path dir) throws IOException {
        Map<String, Set<String>> covers = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String file = p.getFileName().toString();
                if (file.equals("module-info.class") || file.equals("package-info.class")) {
                    continue;
                }
                ClassInfo info;
                try {
                    info = read(Files.readAllBytes(p));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(p + ": not a readable class file: " + e.getMessage(), e);
                }
                covers.computeIfAbsent(topLevel(info.name()), k -> new TreeSet<>()).addAll(info.covers());
            }
        }
        return new TestIndex(covers);
    }

    /** What the index needs from one class file: its binary name and the IDs of its {@code @Covers}. */
    record ClassInfo(String name, Set<String> covers) {
    }

    /**
     * Parses a class file (JVMS chapter 4) far enough to read the {@code RuntimeVisibleAnnotations}
     * of the class and of its methods.
     */
    static ClassInfo read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("bad magic number");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 7 -> pool[i] = new ClassRef(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant-pool tag " + tag + " at entry " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        int thisClass = in.readUnsignedShort();
        if (!(pool[thisClass] instanceof ClassRef ref) || !(pool[ref.nameIndex()] instanceof String internal)) {
            throw new IOException("this_class is not a class constant");
        }
        in.readUnsignedShort(); // super
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        Set<String> covers = new TreeSet<>();
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            attributes(in, pool, null);
        }
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.skipNBytes(6);
            attributes(in, pool, covers);
        }
        attributes(in, pool, covers);
        return new ClassInfo(internal.replace('/', '.'), covers);
    }

    private record ClassRef(int nameIndex) {
    }

    /** Reads an attribute table; with {@code covers}, collects the values of @Covers annotations in it. */
    private static void attributes(DataInputStream in, Object[] pool, Set<String> covers) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            Object name = pool[in.readUnsignedShort()];
            int length = in.readInt();
            if (covers != null && "RuntimeVisibleAnnotations".equals(name)) {
                byte[] body = in.readNBytes(length);
                DataInputStream a = new DataInputStream(new ByteArrayInputStream(body));
                int annotations = a.readUnsignedShort();
                for (int k = 0; k < annotations; k++) {
                    annotation(a, pool, covers);
                }
            } else {
                in.skipNBytes(length);
            }
        }
    }

    private static void annotation(DataInputStream in, Object[] pool, Set<String> covers) throws IOException {
        boolean isCovers = COVERS_DESCRIPTOR.equals(pool[in.readUnsignedShort()]);
        int pairs = in.readUnsignedShort();
        for (int i = 0; i < pairs; i++) {
            boolean value = "value".equals(pool[in.readUnsignedShort()]);
            elementValue(in, pool, isCovers && value ? covers : null);
        }
    }

    private static void elementValue(DataInputStream in, Object[] pool, Set<String> strings) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 's' -> {
                Object s = pool[in.readUnsignedShort()];
                if (strings != null && s instanceof String str) {
                    strings.add(str);
                }
            }
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'c' -> in.skipNBytes(2);
            case 'e' -> in.skipNBytes(4);
            case '@' -> annotation(in, pool, new TreeSet<>());
            case '[' -> {
                int n = in.readUnsignedShort();
                for (int i = 0; i < n; i++) {
                    elementValue(in, pool, strings);
                }
            }
            default -> throw new IOException("unknown annotation element tag " + (char) tag);
        }
    }
}
