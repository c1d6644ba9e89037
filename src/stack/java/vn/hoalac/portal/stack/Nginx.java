package vn.hoalac.portal.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The load balancer in front of the portal instances of a cluster ({@link StackConfig#clustered()}): Debian's nginx
 * (package {@code nginx}) with a configuration generated into {@link StackConfig#nginxDir()} (its pid file, temporary
 * folders and error page live there too; its logs are logs/nginx-error.log and logs/nginx-access.log), run in the
 * foreground ({@code daemon off}) as a child of the stack, so stopping the stack stops it.
 *
 * <ul>
 *   <li>It listens on PORTAL_PORT, the address users and Keycloak's redirect URIs know; instance i is PORTAL_PORT + i.</li>
 *   <li>Sticky by session: the hash of the JSESSIONID cookie (a request without one is spread by its request id), so a
 *       session's requests stay on one instance while it lives, and move to another when it dies (the session comes
 *       from the data grid there).</li>
 *   <li>A GET that fails to connect, times out, or gets 502/503 (an instance shutting down answers 503) is tried on the
 *       next instance; a POST is never sent twice (nginx retries a non-idempotent request only when told to).</li>
 *   <li>Passive checks: {@value #MAX_FAILS} failures within {@value #FAIL_TIMEOUT} take an instance out for
 *       {@value #FAIL_TIMEOUT}; then one request tries it again, so a restarted instance takes traffic within
 *       seconds of being ready (with max_fails=1 and fail_timeout=5s both instances were once out at the same time
 *       after a second kill, and every request got 502 "no live upstreams").</li>
 *   <li>When no instance answers, a page in Vietnamese and English (texts from the portal's bundles) says so and
 *       offers to try again.</li>
 * </ul>
 */
final class Nginx extends ServerProcess {

    static final int MAX_FAILS = 2;
    static final String FAIL_TIMEOUT = "2s";
    private static final String ERROR_PAGE = "portal-unavailable.html";

    /** Instances held out of the upstream (while they start: a Payara Micro that is still deploying answers 404). */
    private final java.util.Set<Integer> heldOut = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Nginx(StackConfig config) {
        super(config, "nginx");
    }

    /**
     * Takes instance i out of the upstream ({@code down}) or back in, and has nginx reload its configuration (new
     * workers take it at once, old ones finish their requests). The stack holds an instance out while it starts again:
     * Payara Micro opens its HTTP port before the WAR is deployed and answers 404 meanwhile, which nginx would hand to
     * users (a 404 is no failure to a load balancer).
     */
    synchronized void holdOut(int i, boolean out) {
        boolean changed = out ? heldOut.add(i) : heldOut.remove(i);
        if (!changed || pid().isEmpty()) {
            return;
        }
        Path dir = config.nginxDir();
        Path conf = dir.resolve("nginx.conf");
        try {
            Files.writeString(conf, configuration(dir), StandardCharsets.UTF_8);
            Process reload = new ProcessBuilder(config.nginxBinary().toString(), "-p", dir.toString(),
                    "-e", config.logDir().resolve("nginx-error.log").toString(), "-c", conf.toString(), "-s", "reload")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            config.logDir().resolve("nginx.log").toFile())).start();
            if (!reload.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || reload.exitValue() != 0) {
                throw new IllegalStateException("nginx did not reload its configuration (see " + config.logDir() + ")");
            }
            Thread.sleep(500); // the master starts the new workers right after the signal
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PortalStack.log("nginx: " + config.instanceName(i) + (out ? " held out while it starts" : " taken back"));
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("PORTAL_PORT (nginx)", config.portalPort());
    }

    @Override
    protected Launch launch() throws IOException {
        Path dir = Files.createDirectories(config.nginxDir());
        Files.createDirectories(config.logDir());
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(dir.resolve("temp").resolve(temp));
        }
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html").resolve(ERROR_PAGE), errorPage(), StandardCharsets.UTF_8);
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, configuration(dir), StandardCharsets.UTF_8);
        Path binary = config.nginxBinary();
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing: PORTAL_INSTANCES > 1 puts the instances behind nginx; "
                    + "install Debian's package nginx (apt-get install nginx), as .ci/run does");
        }
        List<String> command = List.of(binary.toString(),
                "-p", dir.toString(),
                "-e", config.logDir().resolve("nginx-error.log").toString(),
                "-c", conf.toString(),
                "-g", "daemon off;");
        return new Launch(command, dir, Map.of());
    }

    /** The generated nginx.conf. */
    String configuration(Path dir) {
        StringBuilder upstreams = new StringBuilder();
        for (int i = 1; i <= config.portalInstances(); i++) {
            upstreams.append("        server ").append(StackConfig.BIND_HOST).append(':').append(config.instancePort(i))
                    .append(" max_fails=").append(MAX_FAILS).append(" fail_timeout=").append(FAIL_TIMEOUT)
                    .append(heldOut.contains(i) ? " down" : "").append(";\n");
        }
        Path logs = config.logDir();
        Path temp = dir.resolve("temp");
        return """
                # generated by the portal's launcher (vn.hoalac.portal.stack.Nginx) at every start: do not edit
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %2$s/nginx-error.log warn;

                events {
                    worker_connections 1024;
                }

                http {
                    default_type application/octet-stream;
                    log_format portal '$remote_addr [$time_local] "$request" $status $body_bytes_sent '
                                      'upstream=$upstream_addr upstream_status=$upstream_status time=$request_time';
                    access_log %2$s/nginx-access.log portal;
                    client_body_temp_path %3$s/client_body;
                    proxy_temp_path %3$s/proxy;
                    fastcgi_temp_path %3$s/fastcgi;
                    uwsgi_temp_path %3$s/uwsgi;
                    scgi_temp_path %3$s/scgi;
                    server_tokens off;
                    # the portal judges the size of an upload itself (UPLOAD_MAX_BYTES, a clear message above it)
                    client_max_body_size 0;

                    # sticky by session: the session cookie, or a new request id for a request without one
                    map $cookie_JSESSIONID $sticky {
                        "" $request_id;
                        default $cookie_JSESSIONID;
                    }

                    upstream portal {
                        hash $sticky consistent;
                %4$s        keepalive 16;
                        # idle connections to an instance are closed by nginx before the instance closes them (Payara:
                        # 30 s): otherwise a POST sent on a connection the instance was just closing fails with 502
                        # "upstream prematurely closed" and is not retried (the soak saw 2 in 16,297 requests)
                        keepalive_timeout 20s;
                    }

                    server {
                        listen %5$s:%6$d;
                        server_name localhost;

                        location / {
                            proxy_pass http://portal;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_set_header X-Forwarded-Host $http_host;
                            proxy_set_header X-Forwarded-Port $server_port;
                            proxy_set_header X-Real-IP $remote_addr;
                            # the replicated session's version cookie leaves Payara without the listener's SameSite
                            proxy_cookie_flags JSESSIONIDVERSION samesite=lax;
                            # a GET goes to the next instance when this one is down or draining (never a POST: nginx
                            # does not retry a non-idempotent request unless told non_idempotent)
                            # (and a 404: an instance started by hand answers 404 until its WAR is deployed; a 404
                            # is never counted as a failure, and a real one is the same on every instance)
                            proxy_next_upstream error timeout http_502 http_503 http_404;
                            proxy_next_upstream_tries %7$d;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 300s;
                            proxy_send_timeout 300s;
                            proxy_request_buffering off;
                            proxy_buffering on;
                        }

                        # no instance answers: nginx's own 502/504 (the portal's own 503 pages pass through as they are)
                        error_page 502 503 504 /%8$s;
                        location = /%8$s {
                            internal;
                            root %1$s/html;
                            add_header Cache-Control "no-store" always;
                            add_header Retry-After "5" always;
                        }
                    }
                }
                """.formatted(dir, logs, temp, upstreams, StackConfig.BIND_HOST, config.portalPort(),
                config.portalInstances() + 1, ERROR_PAGE);
    }

    /** The page nginx shows when no instance answers: Vietnamese first, then English, from the portal's own bundles. */
    static String errorPage() {
        ResourceBundle vi = bundle(Locale.ROOT);
        ResourceBundle en = bundle(Locale.ENGLISH);
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="10">
                <title>%1$s</title>
                <style>
                body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f6f8;color:#1f2933}
                main{max-width:40rem;margin:10vh auto;padding:2rem;background:#fff;border-top:4px solid #0b5394;border-radius:4px}
                h1{font-size:1.4rem;margin:0 0 .75rem}section+section{margin-top:2rem;padding-top:1.5rem;border-top:1px solid #d9dee3}
                a{color:#0b5394}
                </style>
                </head>
                <body>
                <main>
                <section lang="vi">
                <h1>%1$s</h1>
                <p>%2$s</p>
                <p><a href="">%3$s</a></p>
                </section>
                <section lang="en">
                <h1>%4$s</h1>
                <p>%5$s</p>
                <p><a href="">%6$s</a></p>
                </section>
                </main>
                </body>
                </html>
                """.formatted(vi.getString("cluster.unavailable.title"), vi.getString("cluster.unavailable.text"),
                vi.getString("cluster.unavailable.retry"), en.getString("cluster.unavailable.title"),
                en.getString("cluster.unavailable.text"), en.getString("cluster.unavailable.retry"));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vn.hoalac.portal.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    protected String readyUrl() {
        return config.portalUrl() + "/health/ready";
    }

    @Override
    protected Duration startTimeout() {
        return Duration.ofMinutes(1);
    }

    @Override
    protected String address() {
        return config.portalUrl() + " (nginx, in front of " + config.portalInstances() + " portal instances)";
    }

    @Override
    protected String label() {
        return "nginx";
    }
}
