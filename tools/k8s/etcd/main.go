// Command etcd is the etcd server of the pinned release (go.mod), built from go.etcd.io/etcd/server/v3
// because the etcd repository's own main module carries replace lines and cannot be installed
// with go install. It is the same entry point as the release binary.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
