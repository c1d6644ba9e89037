package vn.hoalac.portal.stack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The embedded tika-server the portal sends files to for text extraction (it forks a watchdog child of its own). */
final class TikaServer extends ServerProcess {

    TikaServer(StackConfig config) {
        super(config, "tika-server");
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("TIKA_PORT", config.tikaPort());
    }

    @Override
    protected Launch launch() {
        return new Launch(List.of(config.java().toString(), "-Xmx" + config.tikaHeap(),
                "-jar", PortalStack.runtime(config.tikaJar()).toString(),
                "--host", StackConfig.BIND_HOST, "--port", String.valueOf(config.tikaPort())),
                config.dataDir(), Map.of());
    }

    @Override
    protected String readyUrl() {
        return config.tika() + "/version";
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofMinutes(3);
    }

    @Override
    protected String address() {
        return config.tika();
    }
}
