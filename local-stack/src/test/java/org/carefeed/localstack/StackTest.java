package org.carefeed.localstack;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the packaged local stack: a data directory and a console of its own, stopped as a user would after. */
abstract class StackTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path consoleDir;

    RunningStack stack;

    RunningStack start(int instances) throws IOException {
        stack = new RunningStack(dataDir, consoleDir, instances).start();
        return stack;
    }

    @AfterEach
    void stopStack() throws InterruptedException {
        if (stack != null) {
            stack.close();
        }
    }
}
