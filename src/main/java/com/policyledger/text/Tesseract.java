package com.policyledger.text;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the tesseract executable the way a shell would. */
final class Tesseract {

    private Tesseract() {
    }

    static boolean isOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "tesseract");
            if (Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }
}
