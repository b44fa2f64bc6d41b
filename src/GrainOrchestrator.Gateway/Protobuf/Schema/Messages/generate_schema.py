#!/usr/bin/env python3
"""Regenerates the *Messages.cs schema tables in this folder.

kubectl (a Go binary) embeds the gzipped FileDescriptorProto of every upstream generated.proto it
links. This script finds them in /usr/bin/kubectl (or the path given as the first argument), walks
the message types reachable from the root kinds below, and writes one C# table per API package:
field number, JSON name, value kind, cardinality. INLINE lists Go structs embedded with
`json:",inline"`; KEEP lists Go pointer fields whose zero value is meaningful (see ProtobufField).
Run: python3 generate_schema.py [path-to-kubectl]
"""
import json, os, re, sys, zlib
data=open(sys.argv[1] if len(sys.argv) > 1 else '/usr/bin/kubectl','rb').read()
def varint(b,i):
    r=0;s=0
    while True:
        c=b[i];i+=1;r|=(c&0x7f)<<s;s+=7
        if c<0x80: return r,i
def fields(b):
    i=0;out=[]
    while i<len(b):
        t,i=varint(b,i);f=t>>3;w=t&7
        if w==0: v,i=varint(b,i)
        elif w==2:
            l,i=varint(b,i);v=b[i:i+l];i+=l
        elif w==1: v=b[i:i+8];i+=8
        elif w==5: v=b[i:i+4];i+=4
        else: raise Exception('wt %d'%w)
        out.append((f,v))
    return out
files={}
for m in re.finditer(rb'\x1f\x8b\x08\x00\x00\x00\x00\x00', data):
    s=m.start()
    try: out=zlib.decompressobj(16+zlib.MAX_WBITS).decompress(data[s:s+2000000])
    except Exception: continue
    if b"generated.proto" not in out[:200]: continue
    fs=fields(out)
    name=[v for f,v in fs if f==1][0].decode()
    pkg=[v for f,v in fs if f==2][0].decode()
    files[name]=(pkg,fs)
TYPES={1:'double',2:'float',3:'int64',4:'uint64',5:'int32',8:'bool',9:'string',11:'message',12:'bytes',13:'uint32',14:'enum',17:'sint32',18:'sint64'}
msgs={}
def walk(pkg,desc,prefix):
    fs=fields(desc)
    name=[v for f,v in fs if f==1][0].decode()
    full=prefix+'.'+name
    flds=[]; mapentry=False
    for f,v in fs:
        if f==2:
            ff=dict(); 
            for a,b in fields(v):
                ff[a]=b
            flds.append(dict(name=ff[1].decode(),num=ff[3],label=ff.get(4),type=TYPES.get(ff[5],ff[5]),tn=ff.get(6,b'').decode().lstrip('.'),json=ff.get(10,b'').decode()))
        elif f==3: walk(pkg,v,full)
        elif f==7:
            for a,b in fields(v):
                if a==7 and b==1: mapentry=True
    msgs[full]=dict(fields=flds,map=mapentry)
for name,(pkg,fs) in files.items():
    for f,v in fs:
        if f==4: walk(pkg,v,pkg)
m=msgs
A='k8s.io.api.'
roots=[A+x for x in '''core.v1.Namespace core.v1.Pod core.v1.Service core.v1.ConfigMap core.v1.Secret core.v1.ServiceAccount core.v1.ResourceQuota core.v1.ReplicationController core.v1.PersistentVolumeClaim core.v1.Endpoints core.v1.LimitRange core.v1.Binding core.v1.Event core.v1.Node
apps.v1.Deployment apps.v1.ReplicaSet apps.v1.StatefulSet apps.v1.DaemonSet batch.v1.Job batch.v1.CronJob
rbac.v1.Role rbac.v1.ClusterRole rbac.v1.RoleBinding rbac.v1.ClusterRoleBinding networking.v1.Ingress networking.v1.IngressClass networking.v1.NetworkPolicy
policy.v1.PodDisruptionBudget policy.v1.Eviction authorization.v1.SelfSubjectAccessReview authorization.v1.SelfSubjectRulesReview authentication.v1.TokenRequest
scheduling.v1.PriorityClass autoscaling.v1.HorizontalPodAutoscaler autoscaling.v2.HorizontalPodAutoscaler autoscaling.v1.Scale coordination.v1.Lease'''.split()]
SPECIAL={'k8s.io.apimachinery.pkg.apis.meta.v1.Time':'Time','k8s.io.apimachinery.pkg.apis.meta.v1.MicroTime':'MicroTime','k8s.io.apimachinery.pkg.apis.meta.v1.Duration':'Duration','k8s.io.apimachinery.pkg.util.intstr.IntOrString':'IntOrString','k8s.io.apimachinery.pkg.api.resource.Quantity':'Quantity','k8s.io.apimachinery.pkg.apis.meta.v1.FieldsV1':'RawJson','k8s.io.apimachinery.pkg.runtime.RawExtension':'RawJson'}
seen=[];stack=list(roots);specials=set();types=set();maps=set()
while stack:
    n=stack.pop()
    if n in seen: continue
    seen.append(n)
    for f in m[n]['fields']:
        types.add(f['type'])
        if f['type']=='message':
            t=f['tn']
            if t in SPECIAL: specials.add(t); continue
            if m[t]['map']:
                k,v=m[t]['fields']
                maps.add((k['type'],v['type'],v['tn']))
                if v['type']=='message' and v['tn'] not in SPECIAL: stack.append(v['tn'])
                if v['tn'] in SPECIAL: specials.add(v['tn'])
                continue
            stack.append(t)
OUT=os.path.dirname(os.path.abspath(__file__))
def short(n):
    for p in ('k8s.io.api.','k8s.io.apimachinery.pkg.apis.'):
        if n.startswith(p): return n[len(p):]
    raise Exception(n)
SPECIAL={'k8s.io.apimachinery.pkg.apis.meta.v1.Time':'Time','k8s.io.apimachinery.pkg.apis.meta.v1.MicroTime':'MicroTime','k8s.io.apimachinery.pkg.util.intstr.IntOrString':'IntOrString','k8s.io.apimachinery.pkg.api.resource.Quantity':'Quantity','k8s.io.apimachinery.pkg.apis.meta.v1.FieldsV1':'RawJson'}
SCALAR={'string':'Str','int32':'Int32','int64':'Int64','bool':'Bool','bytes':'Bytes'}
INLINE={'volumeSource','handler','localObjectReference','ingressRuleValue','persistentVolumeSource','ephemeralContainerCommon'}
KEEP=set('''
meta.v1.ObjectMeta.deletionGracePeriodSeconds meta.v1.OwnerReference.controller meta.v1.OwnerReference.blockOwnerDeletion
core.v1.PodSpec.terminationGracePeriodSeconds core.v1.PodSpec.activeDeadlineSeconds core.v1.PodSpec.automountServiceAccountToken
core.v1.PodSpec.shareProcessNamespace core.v1.PodSpec.priority core.v1.PodSpec.enableServiceLinks core.v1.PodSpec.preemptionPolicy
core.v1.PodSpec.setHostnameAsFQDN core.v1.PodSpec.hostUsers core.v1.PodSpec.runtimeClassName
core.v1.SecurityContext.privileged core.v1.SecurityContext.runAsUser core.v1.SecurityContext.runAsGroup core.v1.SecurityContext.runAsNonRoot
core.v1.SecurityContext.readOnlyRootFilesystem core.v1.SecurityContext.allowPrivilegeEscalation core.v1.SecurityContext.procMount
core.v1.PodSecurityContext.runAsUser core.v1.PodSecurityContext.runAsGroup core.v1.PodSecurityContext.runAsNonRoot core.v1.PodSecurityContext.fsGroup
core.v1.PodSecurityContext.fsGroupChangePolicy core.v1.PodSecurityContext.supplementalGroupsPolicy
core.v1.Probe.terminationGracePeriodSeconds core.v1.GRPCAction.service
core.v1.SecretVolumeSource.defaultMode core.v1.SecretVolumeSource.optional core.v1.ConfigMapVolumeSource.defaultMode core.v1.ConfigMapVolumeSource.optional
core.v1.KeyToPath.mode core.v1.ProjectedVolumeSource.defaultMode core.v1.ConfigMapProjection.optional core.v1.SecretProjection.optional
core.v1.DownwardAPIVolumeSource.defaultMode core.v1.DownwardAPIVolumeFile.mode core.v1.ServiceAccountTokenProjection.expirationSeconds
core.v1.HostPathVolumeSource.type core.v1.CSIVolumeSource.readOnly core.v1.CSIVolumeSource.fsType
core.v1.ClusterTrustBundleProjection.name core.v1.ClusterTrustBundleProjection.signerName core.v1.ClusterTrustBundleProjection.optional
core.v1.ConfigMapKeySelector.optional core.v1.SecretKeySelector.optional core.v1.ConfigMapEnvSource.optional core.v1.SecretEnvSource.optional
core.v1.ServiceSpec.allocateLoadBalancerNodePorts core.v1.ServiceSpec.ipFamilyPolicy core.v1.ServiceSpec.loadBalancerClass
core.v1.ServiceSpec.internalTrafficPolicy core.v1.ServiceSpec.trafficDistribution core.v1.ClientIPConfig.timeoutSeconds core.v1.ServicePort.appProtocol
core.v1.TopologySpreadConstraint.minDomains core.v1.TopologySpreadConstraint.nodeAffinityPolicy core.v1.TopologySpreadConstraint.nodeTaintsPolicy
core.v1.Toleration.tolerationSeconds core.v1.PersistentVolumeClaimSpec.storageClassName core.v1.PersistentVolumeClaimSpec.volumeMode
core.v1.PersistentVolumeClaimSpec.volumeAttributesClassName core.v1.ServiceAccount.automountServiceAccountToken core.v1.Secret.immutable core.v1.ConfigMap.immutable
core.v1.PodResourceClaim.resourceClaimName core.v1.PodResourceClaim.resourceClaimTemplateName core.v1.SeccompProfile.localhostProfile core.v1.AppArmorProfile.localhostProfile
core.v1.WindowsSecurityContextOptions.gmsaCredentialSpecName core.v1.WindowsSecurityContextOptions.gmsaCredentialSpec
core.v1.WindowsSecurityContextOptions.runAsUserName core.v1.WindowsSecurityContextOptions.hostProcess core.v1.PodDNSConfigOption.value
core.v1.VolumeMount.mountPropagation core.v1.VolumeMount.recursiveReadOnly core.v1.Container.restartPolicy core.v1.EphemeralContainerCommon.restartPolicy
core.v1.TypedLocalObjectReference.apiGroup core.v1.TypedObjectReference.apiGroup core.v1.TypedObjectReference.namespace
core.v1.AzureDiskVolumeSource.cachingMode core.v1.AzureDiskVolumeSource.fsType core.v1.AzureDiskVolumeSource.readOnly core.v1.AzureDiskVolumeSource.kind
core.v1.ISCSIVolumeSource.initiatorName core.v1.ReplicationControllerSpec.replicas core.v1.ContainerPort.containerPort core.v1.ServicePort.port
apps.v1.DeploymentSpec.replicas apps.v1.DeploymentSpec.revisionHistoryLimit apps.v1.DeploymentSpec.progressDeadlineSeconds apps.v1.ReplicaSetSpec.replicas
apps.v1.StatefulSetSpec.replicas apps.v1.StatefulSetSpec.revisionHistoryLimit apps.v1.RollingUpdateStatefulSetStrategy.partition apps.v1.DaemonSetSpec.revisionHistoryLimit
apps.v1.DeploymentStatus.collisionCount apps.v1.DaemonSetStatus.collisionCount apps.v1.StatefulSetStatus.collisionCount
batch.v1.JobSpec.parallelism batch.v1.JobSpec.completions batch.v1.JobSpec.activeDeadlineSeconds batch.v1.JobSpec.backoffLimit batch.v1.JobSpec.backoffLimitPerIndex
batch.v1.JobSpec.maxFailedIndexes batch.v1.JobSpec.ttlSecondsAfterFinished batch.v1.JobSpec.manualSelector batch.v1.JobSpec.suspend batch.v1.JobSpec.completionMode
batch.v1.JobSpec.podReplacementPolicy batch.v1.JobSpec.managedBy batch.v1.CronJobSpec.timeZone batch.v1.CronJobSpec.startingDeadlineSeconds batch.v1.CronJobSpec.suspend
batch.v1.CronJobSpec.successfulJobsHistoryLimit batch.v1.CronJobSpec.failedJobsHistoryLimit batch.v1.PodFailurePolicyOnExitCodesRequirement.containerName
batch.v1.SuccessPolicyRule.succeededIndexes batch.v1.SuccessPolicyRule.succeededCount batch.v1.JobStatus.ready batch.v1.JobStatus.terminating batch.v1.JobStatus.failedIndexes
networking.v1.IngressSpec.ingressClassName networking.v1.HTTPIngressPath.pathType networking.v1.IngressClassParametersReference.apiGroup
networking.v1.IngressClassParametersReference.scope networking.v1.IngressClassParametersReference.namespace networking.v1.NetworkPolicyPort.protocol networking.v1.NetworkPolicyPort.endPort
policy.v1.PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy
autoscaling.v1.HorizontalPodAutoscalerSpec.minReplicas autoscaling.v1.HorizontalPodAutoscalerSpec.targetCPUUtilizationPercentage
autoscaling.v2.HorizontalPodAutoscalerSpec.minReplicas autoscaling.v2.HPAScalingRules.stabilizationWindowSeconds autoscaling.v2.HPAScalingRules.selectPolicy
autoscaling.v2.MetricTarget.averageUtilization autoscaling.v1.ScaleSpec.replicas
authentication.v1.TokenRequestSpec.expirationSeconds scheduling.v1.PriorityClass.value scheduling.v1.PriorityClass.preemptionPolicy
coordination.v1.LeaseSpec.leaseDurationSeconds coordination.v1.LeaseSpec.leaseTransitions
'''.split())
used=set()
groups={}
for n in seen: groups.setdefault(short(n).rsplit('.',1)[0],[]).append(n)
def cls(g): return ''.join(p[:1].upper()+p[1:] for p in g.split('.'))+'Messages'
def field(msg,f):
    sm=short(msg)
    name=f['name']; json_name={'uID':'uid','aPIGroup':'apiGroup','Raw':'raw'}.get(name,name)
    t=f['type']; tn=f['tn']; card=''
    if t=='message' and tn not in SPECIAL and m[tn]['map']:
        k,v=m[tn]['fields']; assert k['type']=='string'
        t=v['type']; tn=v['tn']; card='.Map()'
    elif f['label']==3: card='.Repeated()'
    if t=='message':
        if tn in SPECIAL: expr=f'{SPECIAL[tn]}({f["num"]}, "{json_name}")'
        else: expr=f'Message({f["num"]}, "{json_name}", "{short(tn)}")'
    else: expr=f'{SCALAR[t]}({f["num"]}, "{json_name}")'
    expr+=card
    if name in INLINE and t=='message': expr+='.Inlined()'
    key=sm+'.'+json_name
    if key in KEEP: expr+='.KeepZeroValue()'; used.add(key)
    return expr
for g,names in sorted(groups.items()):
    c=cls(g)
    lines=['// Field numbers and JSON names of the '+g+' messages, taken from the protobuf descriptors',
           '// that kubectl v1.32 embeds (the upstream generated.proto). Only messages reachable from the',
           '// kinds in ProtobufKinds are listed.',
           'using static GrainOrchestrator.Gateway.Protobuf.Schema.ProtobufFieldFactory;','',
           'namespace GrainOrchestrator.Gateway.Protobuf.Schema.Messages;','',
           f'internal static class {c}','{',
           '    internal static IEnumerable<ProtobufMessage> All()','    {']
    for n in sorted(names):
        fs=m[n]['fields']
        lines.append(f'        yield return Define(')
        lines.append(f'            "{short(n)}"' + (',' if fs else ');'))
        for i,f in enumerate(fs):
            lines.append('            '+field(n,f)+(',' if i<len(fs)-1 else ');'))
    lines+=['    }','}','']
    open(os.path.join(OUT,c+'.cs'),'w').write('\n'.join(lines))
    print(c,len(names))
print('unused KEEP', sorted(KEEP-used))
