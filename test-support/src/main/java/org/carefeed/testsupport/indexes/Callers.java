package org.carefeed.testsupport.indexes;

import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Who on the current thread's stack sent a command: the nearest Carefeed class, as
 * {@code Class.method}, or "Spring Data" when no Carefeed class is on the stack. Empty when that class
 * is test code, whose own queries are no concern of the service's indexes.
 */
final class Callers {

    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final String CAREFEED = "org.carefeed.";
    private static final String TEST_SUPPORT = "org.carefeed.testsupport.";

    /** Test classes are compiled to test-classes; test-support's own classes are test code too. */
    private static final ClassValue<Boolean> TEST_CODE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (type.getName().startsWith(TEST_SUPPORT)) {
                return true;
            }
            var source = type.getProtectionDomain().getCodeSource();
            return source != null && source.getLocation() != null
                    && source.getLocation().getPath().contains("/test-classes/");
        }
    };

    private Callers() {
    }

    static Optional<String> serviceCaller() {
        Optional<StackWalker.StackFrame> nearest = STACK.walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith(CAREFEED) && !generated(frame.getDeclaringClass())
                        && !frame.getDeclaringClass().getPackageName().equals(Callers.class.getPackageName()))
                .findFirst());
        if (nearest.isEmpty()) {
            return Optional.of("Spring Data");
        }
        StackWalker.StackFrame frame = nearest.get();
        if (TEST_CODE.get(frame.getDeclaringClass())) {
            return Optional.empty();
        }
        String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
        return Optional.of(type + "." + methodName(frame.getMethodName()));
    }

    /**
     * A repository's proxy lives in its interface's package, but whoever called the repository is the
     * caller; likewise for Spring's class-based proxies.
     */
    private static boolean generated(Class<?> type) {
        return Proxy.isProxyClass(type) || type.getName().contains("$$");
    }

    /** {@code lambda$relayPending$2} was written in {@code relayPending}. */
    private static String methodName(String method) {
        return method.startsWith("lambda$") ? method.split("\\$")[1] : method;
    }
}
