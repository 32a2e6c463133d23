package bango.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's readers of .git, class files, surefire and PIT output, and its HTML escaping. */
class ReportInputsTest {

    static final String A = "1111111111111111111111111111111111111111";
    static final String B = "2222222222222222222222222222222222222222";

    @TempDir
    Path dir;

    @Test
    void commitFromALooseRefAPackedRefADetachedHeadAndAGitdirFile() throws IOException {
        assertEquals(Optional.empty(), GitCommit.read(dir));

        Files.createDirectories(dir.resolve(".git/refs/heads"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled\n" + B + " refs/heads/other\n"
                + A + " refs/heads/main\n^" + B + "\n");
        assertEquals(Optional.of(new GitCommit(A, "main")), GitCommit.read(dir));

        Files.writeString(dir.resolve(".git/refs/heads/main"), B + "\n");
        assertEquals(Optional.of(new GitCommit(B, "main")), GitCommit.read(dir), "a loose ref wins over packed-refs");

        Files.writeString(dir.resolve(".git/HEAD"), A + "\n");
        assertEquals(Optional.of(new GitCommit(A, null)), GitCommit.read(dir));

        // A worktree: .git is a file naming its git directory, whose refs live in the common directory.
        Path wt = Files.createDirectories(dir.resolve("wt"));
        Path gitdir = Files.createDirectories(dir.resolve(".git/worktrees/wt"));
        Files.writeString(wt.resolve(".git"), "gitdir: " + gitdir + "\n");
        Files.writeString(gitdir.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(gitdir.resolve("commondir"), "../..\n");
        assertEquals(Optional.of(new GitCommit(B, "main")), GitCommit.read(wt));
    }

    @Test
    void theClassFileReaderFindsCoversOnClassesMethodsAndNestedClasses() throws IOException {
        ReportFixture.compile(dir, ReportFixture.ONE_TEST, ReportFixture.TWO_TEST, """
                package t;
                @Deprecated(since = "1", forRemoval = false)
                public class Plain {
                    static final long BIG = 1L << 40;
                    static final double D = 0.5;
                    @SuppressWarnings({"unchecked"}) String s = "x";
                    @Deprecated void m(int[] a) { Runnable r = () -> { }; }
                }
                """);
        TestIndex index = TestIndex.scan(dir);
        assertEquals(Set.of("t.OneTest", "t.TwoTest", "t.Plain"), index.covers().keySet());
        assertEquals(Set.of("ID-1", "ID-2", "ID-3", "ID-4", "ID-5", "ID-6", "ID-7", "ID-8"), index.coversOf("t.OneTest"));
        assertEquals(Set.of("CODE-1", "CODE-2", "CODE-3a", "CODE-3", "CODE-4", "CODE-5"), index.coversOf("t.TwoTest"));
        assertEquals(Set.of(), index.coversOf("t.Plain"));
        assertTrue(index.exists("t.Plain"));
    }

    @Test
    void escapingCoversEveryHtmlSpecialCharacter() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; 番号", Html.escape("a <b> & \"c\" 'd' 番号"));
        assertEquals("prop-tla-Tiny-Bounded", Html.anchor("prop-tla:Tiny!Bounded"));
    }

    @Test
    void noReportsMeansNoResults() throws IOException {
        assertEquals(Optional.empty(), TestResults.read(dir.resolve("none")));
        assertEquals(Optional.empty(), TestResults.read(dir));
        assertEquals(Optional.empty(), MutationResults.read(dir.resolve("mutations.xml")));
        assertEquals(java.util.OptionalInt.empty(), MutationResults.threshold(dir.resolve("pom.xml")));
    }
}
