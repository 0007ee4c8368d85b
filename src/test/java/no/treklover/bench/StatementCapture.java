package no.treklover.bench;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import no.treklover.support.JdbcProxy;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the JDBC calls of the request threads (Tomcat's {@code http-nio-*}) while armed, so the benchmark can
 * replay one request's SQL alone. It wraps the app's data source; when not armed a connection is handed out
 * unwrapped, so the load itself runs without it. Scheduled jobs (the audit sealer) are other threads and stay out.
 */
final class StatementCapture implements BeanPostProcessor {

    private static final String REQUEST_THREADS = "http-nio";

    private volatile List<RecordedRequest.Lease> recording;

    /** Starts recording; the next request's connections are captured until {@link #stop()}. */
    void start() {
        recording = Collections.synchronizedList(new ArrayList<>());
    }

    RecordedRequest stop() {
        List<RecordedRequest.Lease> leases = recording;
        recording = null;
        synchronized (leases) {
            return new RecordedRequest(List.copyOf(leases));
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
            return wrap(dataSource);
        }
        return bean;
    }

    private DataSource wrap(DataSource target) {
        Class<?>[] interfaces = target instanceof java.io.Closeable
                ? new Class<?>[] {DataSource.class, java.io.Closeable.class}
                : new Class<?>[] {DataSource.class};
        return JdbcProxy.of(target, interfaces, (real, method, args) -> {
            Object result = JdbcProxy.invoke(real, method, args);
            List<RecordedRequest.Lease> leases = recording;
            if (result instanceof Connection connection && leases != null
                    && Thread.currentThread().getName().startsWith(REQUEST_THREADS)) {
                List<RecordedRequest.Call> calls = Collections.synchronizedList(new ArrayList<>());
                leases.add(new RecordedRequest.Lease(calls));
                return proxy(Connection.class, connection, new Recorder(calls, RecordedRequest.Call.CONNECTION,
                        new AtomicInteger()));
            }
            return result;
        });
    }

    /** Records every call on a connection or statement; statements the connection creates are recorded too. */
    private record Recorder(List<RecordedRequest.Call> calls, int target, AtomicInteger statements) {

        Object record(Object real, Method method, Object[] args) throws Throwable {
            Object result = JdbcProxy.invoke(real, method, args);
            Object[] copy = args == null ? new Object[0] : args.clone();
            if (result instanceof Statement statement && target == RecordedRequest.Call.CONNECTION) {
                int index = statements.getAndIncrement();
                calls.add(new RecordedRequest.Call(target, method, copy, index));
                Class<?> type = method.getReturnType();
                return proxy(type, statement, new Recorder(calls, index, statements));
            }
            calls.add(new RecordedRequest.Call(target, method, copy, RecordedRequest.Call.NONE));
            return result;
        }
    }

    private static Object proxy(Class<?> type, Object real, Recorder recorder) {
        return JdbcProxy.of(real, new Class<?>[] {type}, recorder::record);
    }
}
