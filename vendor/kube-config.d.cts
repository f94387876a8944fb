// Types of kube-config.cjs, which is client-node's own KubeConfig class, bundled on its own.
export { KubeConfig } from '@kubernetes/client-node'
