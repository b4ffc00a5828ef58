# shellcheck shell=bash disable=SC2153  # ROOT, HK, PIDS, LOGS: set by ./hamkori and lib/sh/common.sh
# ./hamkori: building the services and choosing the JDK and JVM options they run with. Sourced by ./hamkori.

# a module and every module of this repository its pom depends on, transitively
module_closure() {
  local todo=("$1") seen=" " module dependency
  while (( ${#todo[@]} )); do
    module="${todo[0]}"
    todo=("${todo[@]:1}")
    [[ "$seen" == *" $module "* ]] && continue
    seen+="$module "
    echo "$module"
    while read -r dependency; do
      [[ "$dependency" != "$module" && -f "$dependency/pom.xml" ]] && todo+=("$dependency")
    done < <(sed -n 's:.*<artifactId>\([^<]*\)</artifactId>.*:\1:p' "$module/pom.xml")
  done
}

needs_build() {
  local svc jar modules
  for svc in "${SERVICES[@]}"; do
    jar="$(service_jar "$svc")"
    [[ -f "$jar" ]] || { say "$jar is missing"; return 0; }
    # any source or pom of the service or of the modules it is built from, newer than its jar
    mapfile -t modules < <(module_closure "$svc")
    if [[ -n "$(find pom.xml "${modules[@]}" \
                  -name target -prune -o -type f -newer "$jar" -print -quit 2>/dev/null)" ]]; then
      say "$svc has changed since its last build"
      return 0
    fi
  done
  return 1
}

build() {
  say "building (./mvnw -B -q install -DskipTests)…"
  ./mvnw -B -q install -DskipTests || die "the build failed"
  aot_training
}

# The JDK the services run on: HAMKORI_SERVICE_JAVA_HOME, else the newest JDK 25 or later installed in /usr/lib/jvm
# (its ahead-of-time cache: docs/benchmarks.md "Start-up and warm-up"), else the java on the PATH. The code is
# compiled for release 17 and runs on either; Maven and the tests run on the JDK of the PATH.
SERVICE_JAVA=""
SERVICE_JAVA_MAJOR=0
# sets SERVICE_JAVA and SERVICE_JAVA_MAJOR once (asking a JVM its version takes a moment: not at every start)
find_service_java() {
  local home
  [[ -n "$SERVICE_JAVA" ]] && return 0
  if [[ -n "${HAMKORI_SERVICE_JAVA_HOME:-}" ]]; then
    SERVICE_JAVA="$HAMKORI_SERVICE_JAVA_HOME/bin/java"
  elif home="$(java_home_at_least 25)"; then
    SERVICE_JAVA="$home/bin/java"
  else
    SERVICE_JAVA="$(command -v java)" || die "no java found"
  fi
  SERVICE_JAVA_MAJOR="$(java_major "$SERVICE_JAVA" || echo 0)"
}
service_java() { find_service_java; echo "$SERVICE_JAVA"; }
service_java_version() { "$(service_java)" -version 2>&1 | head -n 1 | sed 's/"//g'; }

# AOT cache (JDK 25, JEP 483/514): the classes the service loads and links while it initialises, with their state,
# recorded in a training run and written to app.aot beside the jar. Quarkus stops after static initialisation when
# quarkus.appcds.generate is set (as in its AppCDS build step), so the run needs no database or broker. A cache
# serves only the JDK that wrote it: start_service uses it with that JDK, AppCDS (app-cds.jsa) otherwise. A service
# whose cache is newer than its jar and was trained by the same JDK with the same options is not trained again.
aot_training() {
  local svc app options
  find_service_java
  (( SERVICE_JAVA_MAJOR >= 25 )) || return 0
  for svc in "${SERVICES[@]}"; do
    app="$(dirname "$(service_jar "$svc")")"
    # HAMKORI_JAVA_OPTS, added for a run or a measurement, do not train the cache again
    options="$SERVICE_JAVA $(HAMKORI_JAVA_OPTS='' service_jvm_options "$svc")"
    [[ -f "$app/app.aot" && "$app/app.aot" -nt "$app/quarkus-run.jar" \
       && "$(cat "$app/app.aot.options" 2>/dev/null)" == "$options" ]] && continue
    say "training run of $svc for its AOT cache ($app/app.aot)…"
    (cd "$app" && rm -f app.aot app.aot.options && $options -XX:AOTCacheOutput=app.aot \
        -Dquarkus.appcds.generate=true -jar quarkus-run.jar >aot-training.log 2>&1) \
      || { tail -n 20 "$app/aot-training.log" >&2; die "the training run of $svc failed"; }
    echo "$options" >"$app/app.aot.options"
  done
}

# The services' JVM options (docs/benchmarks.md "Start-up, warm-up and memory", measured on 2 cores): the heap capped
# at 256 MB and started at 64 MB, given back after 10 s without load (G1's periodic collection), on JDK 25 compact
# object headers (JEP 519: 8-byte headers, less heap per object) and malloc's free memory returned to the system
# every 5 s (the C2 compiler's arenas grow it by tens of MB while the services warm up).
# HAMKORI_SERVICE_JVM_OPTIONS replaces all but the cap (to measure without them), HAMKORI_JAVA_OPTS adds to them
# (space-separated). The training run and the service must agree on the options that shape the cache (object
# headers), so both take them from here.
service_jvm_options() {
  local tuned="-Xms64m -XX:G1PeriodicGCInterval=10000"
  find_service_java
  (( SERVICE_JAVA_MAJOR >= 25 )) && tuned+=" -XX:+UseCompactObjectHeaders -XX:TrimNativeHeapInterval=5000"
  echo "-Xmx256m ${HAMKORI_SERVICE_JVM_OPTIONS-$tuned} ${HAMKORI_JAVA_OPTS:-}"
}

