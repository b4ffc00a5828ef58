{{/* Labels shared by every object of one component (a service or the web app). */}}
{{- define "hamkori.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: hamkori
app.kubernetes.io/instance: {{ .release }}
{{- end }}

{{- define "hamkori.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .release }}
{{- end }}

{{/* The Secret holding passwords: the operator's own one in production, the chart's otherwise. */}}
{{- define "hamkori.secretName" -}}
{{- default "hamkori-secrets" .Values.secrets.existingSecret -}}
{{- end }}

{{/* JDBC URL of one service's database. */}}
{{- define "hamkori.jdbcUrl" -}}
jdbc:postgresql://{{ .db.host }}:{{ .db.port }}/{{ .name }}{{ with .db.parameters }}?{{ . }}{{ end }}
{{- end }}

{{/* Probes on the management port; the start-up probe gives a cold JVM on a busy node time to start. */}}
{{- define "hamkori.probes" -}}
startupProbe:
  httpGet: {path: /q/health/started, port: management}
  periodSeconds: 5
  failureThreshold: 36
readinessProbe:
  httpGet: {path: /q/health/ready, port: management}
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
livenessProbe:
  httpGet: {path: /q/health/live, port: management}
  periodSeconds: 20
  timeoutSeconds: 3
  failureThreshold: 3
{{- end }}
