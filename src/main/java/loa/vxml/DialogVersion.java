package loa.vxml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The files a campaign's dialog is made of (its templates, each prompt's audio and text) and a
 * hash of their contents: the version recorded with every answer, so anyone can later show
 * exactly what the subscriber heard. A cheap stamp (sizes and modification times) tells when
 * the files may have changed and the hash must be taken again.
 */
record DialogVersion(List<Path> files, String stamp, String hash) {

    static DialogVersion of(List<Path> files) throws IOException {
        return new DialogVersion(List.copyOf(files), stamp(files), hash(files));
    }

    /** True when none of the files changed since this version was taken. */
    boolean isCurrent() throws IOException {
        return stamp.equals(stamp(files));
    }

    static String stamp(List<Path> files) throws IOException {
        List<String> parts = new ArrayList<>();
        for (Path file : files) {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            parts.add(file + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
        }
        return String.join("|", parts);
    }

    /** The same files give the same hash on every node and after every restart: in path order. */
    private static String hash(List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.stream().sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
