package bango.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a working tree is at, read from {@code .git} without the git binary: {@code HEAD}
 * holds a commit id or {@code ref: refs/heads/NAME}; the ref is a file under the git directory
 * (or, for a worktree, its common directory) or a line of {@code packed-refs}. A {@code .git}
 * file ({@code gitdir: PATH}) is followed.
 *
 * @param id     the 40-hex commit id
 * @param branch the branch HEAD names, or null when HEAD is detached
 */
public record GitCommit(String id, String branch) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    /** The commit of the working tree at {@code root}; empty if it is not a git working tree or the ref is unreadable. */
    public static Optional<GitCommit> read(Path root) {
        try {
            Path git = root.resolve(".git");
            if (Files.isRegularFile(git)) {
                String line = Files.readString(git).strip();
                if (!line.startsWith("gitdir:")) {
                    return Optional.empty();
                }
                git = root.resolve(line.substring("gitdir:".length()).strip()).normalize();
            }
            if (!Files.isDirectory(git)) {
                return Optional.empty();
            }
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (HEX.matcher(head).matches()) {
                return Optional.of(new GitCommit(head, null));
            }
            if (!head.startsWith("ref:")) {
                return Optional.empty();
            }
            String ref = head.substring("ref:".length()).strip();
            String branch = ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
            Path common = git;
            if (Files.isRegularFile(git.resolve("commondir"))) {
                common = git.resolve(Files.readString(git.resolve("commondir")).strip()).normalize();
            }
            for (Path dir : new Path[] {git, common}) {
                Path file = dir.resolve(ref);
                if (Files.isRegularFile(file)) {
                    String id = Files.readString(file).strip();
                    if (HEX.matcher(id).matches()) {
                        return Optional.of(new GitCommit(id, branch));
                    }
                }
            }
            for (Path dir : new Path[] {git, common}) {
                Path packed = dir.resolve("packed-refs");
                if (Files.isRegularFile(packed)) {
                    for (String line : Files.readAllLines(packed)) {
                        String[] f = line.strip().split(" ");
                        if (f.length == 2 && f[1].equals(ref) && HEX.matcher(f[0]).matches()) {
                            return Optional.of(new GitCommit(f[0], branch));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
