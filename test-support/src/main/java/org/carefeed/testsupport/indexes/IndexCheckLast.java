package org.carefeed.testsupport.indexes;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs {@link EveryQueryIndexed} after every other test class of the run, which keeps its order. Failsafe
 * runs a module's integration tests in one JVM and hands them to JUnit as one request, so the check sees
 * every query the other tests made the service send. A service selects it in its
 * {@code junit-platform.properties} ({@code junit.jupiter.testclass.order.default}).
 */
public class IndexCheckLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // A stable sort: false (every other class) before true (the check).
        context.getClassDescriptors().sort(Comparator.comparing(
                descriptor -> EveryQueryIndexed.class.isAssignableFrom(descriptor.getTestClass())));
    }
}
