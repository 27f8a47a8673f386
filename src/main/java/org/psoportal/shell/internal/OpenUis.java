package org.psoportal.shell.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Metric pso.ui.open: the portal's open browser tabs (Vaadin UIs) on this instance, each holding server memory
 * until it is closed, its session ends or its heartbeat stops (docs/operations.md, "Metrics").
 */
@Component
class OpenUis implements VaadinServiceInitListener, MeterBinder {

    private final AtomicInteger open = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detached -> open.decrementAndGet());
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pso.ui.open", open, AtomicInteger::get)
                .description("Open browser tabs (Vaadin UIs) of this instance")
                .register(registry);
    }
}
