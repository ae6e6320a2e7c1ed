# Sourced by ./mvnw. Vigie needs a JDK 21 or newer (Vaadin 25 and OpenPDF 3), while some
# machines default to Java 17. When JAVA_HOME (or the java on PATH) is older than 21, use the
# newest JDK 21+ installed under /usr/lib/jvm, so that nobody has to know about it.
vigie_java_major() {
  "$1" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\)\(\.[^"]*\)\{0,1\}".*/\1/p'
}
vigie_current_java() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    printf %s "$JAVA_HOME/bin/java"
  else
    command -v java 2>/dev/null || true
  fi
}
vigie_java=$(vigie_current_java)
if [ -z "$vigie_java" ] || [ "$(vigie_java_major "$vigie_java")" -lt 21 ] 2>/dev/null; then
  vigie_best=""
  vigie_best_major=0
  # find, not a glob: mvnw runs with globbing off (set -f).
  for vigie_home in $(find /usr/lib/jvm /opt/java -mindepth 1 -maxdepth 1 2>/dev/null); do
    vigie_home=${vigie_home%/}/
    if [ -x "${vigie_home}bin/javac" ]; then
      vigie_major=$(vigie_java_major "${vigie_home}bin/java")
      if [ -n "$vigie_major" ] && [ "$vigie_major" -ge 21 ] && [ "$vigie_major" -gt "$vigie_best_major" ]; then
        vigie_best=${vigie_home%/}
        vigie_best_major=$vigie_major
      fi
    fi
  done
  if [ -n "$vigie_best" ]; then
    JAVA_HOME=$vigie_best
    export JAVA_HOME
  else
    echo "Vigie needs a JDK 21 or newer; found none (set JAVA_HOME to one)." >&2
    exit 1
  fi
fi
