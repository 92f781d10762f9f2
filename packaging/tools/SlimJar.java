import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar, leaving out the entries under a prefix except those under the ones to keep, and
 * optionally extracts one entry to a file. Used by build.sh to drop the native libraries of the
 * other platforms from sqlite-jdbc (about 20 MB) and to put this platform's one beside the app.
 * Runs with the JDK's source launcher, so the build needs nothing but the JDK:
 *
 * <pre>java SlimJar.java IN.jar OUT.jar DROP_PREFIX [--keep PREFIX]... [--extract ENTRY FILE]</pre>
 */
public final class SlimJar {

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java SlimJar.java IN.jar OUT.jar DROP_PREFIX [--keep PREFIX]... [--extract ENTRY FILE]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String drop = args[2];
        java.util.List<String> keep = new java.util.ArrayList<>();
        String extract = null;
        Path extractTo = null;
        for (int i = 3; i < args.length; i++) {
            if (args[i].equals("--keep") && i + 1 < args.length) {
                keep.add(args[++i]);
            } else if (args[i].equals("--extract") && i + 2 < args.length) {
                extract = args[++i];
                extractTo = Path.of(args[++i]);
            } else {
                System.err.println("SlimJar: unexpected argument " + args[i]);
                System.exit(2);
            }
        }
        boolean extracted = false;
        int dropped = 0;
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals(extract)) {
                    Files.createDirectories(extractTo.toAbsolutePath().getParent());
                    Files.write(extractTo, zin.readAllBytes());
                    extracted = true;
                    if (!name.startsWith(drop) || keep.stream().anyMatch(name::startsWith)) {
                        copy(e, Files.readAllBytes(extractTo), zout);
                    } else {
                        dropped++;
                    }
                    continue;
                }
                if (name.startsWith(drop) && !e.isDirectory() && keep.stream().noneMatch(name::startsWith)) {
                    dropped++;
                    continue;
                }
                copy(e, zin.readAllBytes(), zout);
            }
        }
        if (extract != null && !extracted) {
            System.err.println("SlimJar: " + in + " has no entry " + extract);
            System.exit(1);
        }
        System.out.println("SlimJar: " + out.getFileName() + ": left out " + dropped + " entries under " + drop);
    }

    private static void copy(ZipEntry e, byte[] data, ZipOutputStream zout) throws IOException {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(e.getTime());
        zout.putNextEntry(copy);
        zout.write(data);
        zout.closeEntry();
    }

    private SlimJar() {
    }
}
