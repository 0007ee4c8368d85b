package no.treklover.platform.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * The embedded PostgreSQL's start, begun on a thread of its own while Spring processes the bean definitions (a bean
 * factory post-processor is created before any ordinary bean). Owns the server: stops it when the context closes,
 * also when the context failed before anything used it.
 */
final class EmbeddedDatabaseStart implements BeanFactoryPostProcessor, DisposableBean {

    private final DatabaseProperties properties;
    private CompletableFuture<DataSourceConfiguration.EmbeddedDatabase> start;

    EmbeddedDatabaseStart(DatabaseProperties properties) {
        this.properties = properties;
    }

    @Override
    public synchronized void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        begin();
    }

    private synchronized CompletableFuture<DataSourceConfiguration.EmbeddedDatabase> begin() {
        if (start == null) {
            start = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    start.complete(DataSourceConfiguration.startEmbedded(properties));
                } catch (RuntimeException | Error e) {
                    start.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
        }
        return start;
    }

    /** The started server; waits for the start, and fails as it failed. */
    DataSourceConfiguration.EmbeddedDatabase database() {
        try {
            return begin().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void destroy() throws Exception {
        CompletableFuture<DataSourceConfiguration.EmbeddedDatabase> started;
        synchronized (this) {
            started = start;
        }
        if (started != null) {
            try {
                started.join().close();
            } catch (CompletionException e) {
                // it never started, so there is nothing to stop
            }
        }
    }
}
