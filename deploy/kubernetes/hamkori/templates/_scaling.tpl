{{/*
A PodDisruptionBudget and a HorizontalPodAutoscaler for one component. Every component is stateless, so
replicas may come and go; but the consumers of a service share one consumer group, so replicas beyond an
event topic's partitions (3) get no partition and add no consumption throughput, only API capacity.
*/}}
{{- define "hamkori.scaling" -}}
{{- if .Values.podDisruptionBudget.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ .ctx.name }}
  labels:
    {{- include "hamkori.labels" .ctx | nindent 4 }}
spec:
  maxUnavailable: {{ .Values.podDisruptionBudget.maxUnavailable }}
  selector:
    matchLabels:
      {{- include "hamkori.selector" .ctx | nindent 6 }}
{{- end }}
{{- if .Values.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ .ctx.name }}
  labels:
    {{- include "hamkori.labels" .ctx | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ .ctx.name }}
  minReplicas: {{ .component.autoscaling.minReplicas }}
  maxReplicas: {{ .component.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ .Values.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- end }}
