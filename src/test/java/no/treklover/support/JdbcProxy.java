package no.treklover.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A JDK proxy around a JDBC object (data source, connection, statement) for the tests' recorders: identity for
 * {@code equals} and {@code hashCode}, and {@code unwrap}, {@code isWrapperFor} and {@code toString} straight to the
 * real object, so a pool or driver that unwraps still finds it; every other call goes to the handler.
 */
public final class JdbcProxy {

    /** What the proxy does with a call; {@link #invoke} passes it on to the real object. */
    @FunctionalInterface
    public interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private JdbcProxy() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(T target, Class<?>[] interfaces, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "unwrap", "isWrapperFor", "toString" -> invoke(target, method, args);
            default -> handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(JdbcProxy.class.getClassLoader(), interfaces, invocation);
    }

    /** The call on the real object, with its own exception rather than the reflective wrapper. */
    public static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
