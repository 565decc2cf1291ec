// Package s3source finds the CUR 2.0 data-export deliveries in an S3 bucket
// and reads their files with ranged requests, for the ingest pipeline.
package s3source

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"

	"github.com/allocation-gaps/gaps/ingest"
)

// Scheme starts the URL of an S3 source.
const Scheme = "s3://"

// IsURL says whether an ingest argument names an S3 location.
func IsURL(s string) bool { return strings.HasPrefix(s, Scheme) }

// Location is a bucket and a key prefix in it.
type Location struct {
	Bucket, Prefix string
}

func (l Location) String() string { return Scheme + l.Bucket + "/" + l.Prefix }

// ParseURL reads s3://bucket[/prefix].
func ParseURL(u string) (Location, error) {
	rest, ok := strings.CutPrefix(u, Scheme)
	bucket, prefix, _ := strings.Cut(rest, "/")
	if !ok || bucket == "" {
		return Location{}, fmt.Errorf("%q: want s3://bucket/prefix", u)
	}
	return Location{Bucket: bucket, Prefix: prefix}, nil
}

// Config is where the S3 API is; empty fields take the SDK's defaults
// (its standard credential chain and region settings).
type Config struct {
	Region string
	// Endpoint is an S3-compatible store's URL; requests to it are
	// path-style, which such stores expect.
	Endpoint string
}

// NewClient makes an S3 client with the standard credential chain.
func NewClient(ctx context.Context, c Config) (*s3.Client, error) {
	var opts []func(*config.LoadOptions) error
	if c.Region != "" {
		opts = append(opts, config.WithRegion(c.Region))
	}
	awsCfg, err := config.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("S3 configuration: %w", err)
	}
	if awsCfg.Region == "" {
		awsCfg.Region = "us-east-1" // the SDK refuses no region; S3-compatible stores ignore it
	}
	return s3.NewFromConfig(awsCfg, func(o *s3.Options) {
		if c.Endpoint != "" {
			o.BaseEndpoint = aws.String(c.Endpoint)
			o.UsePathStyle = true
		}
		// Ranged GETs carry no whole-object checksum; the SDK would log that for each.
		o.DisableLogOutputChecksumValidationSkipped = true
	}), nil
}

// Delivery is the latest delivery of one export's billing period.
type Delivery struct {
	Export, Period string
	// ID names the delivery by its objects (keys and ETags): a new
	// delivery, or one rewritten in place, has another.
	ID    string
	Files []ingest.File
	// Err says why the delivery cannot be read yet (its manifest names
	// objects not there); it is reported per delivery, not for the listing.
	Err error
}

// object is a listed S3 object.
type object struct {
	key      string
	etag     string
	size     int64
	modified time.Time
}

var (
	// <export>/metadata/BILLING_PERIOD=YYYY-MM/[<delivery>/]<export>-Manifest.json
	manifestKey = regexp.MustCompile(`(?:^|/)([^/]+)/metadata/BILLING_PERIOD=(\d{4}-\d{2})/(?:.+/)?([^/]+)-Manifest\.json$`)
	// <export>/data/BILLING_PERIOD=YYYY-MM/[<delivery>/]<file>
	dataKey = regexp.MustCompile(`(?:^|/)([^/]+)/data/BILLING_PERIOD=(\d{4}-\d{2})/(.+)$`)
)

// Latest lists a location and returns, per export and billing period, its
// latest delivery: the newest manifest's data files, or without manifests
// the newest folder of data files. Sorted by export, then period. Its
// files are read within ctx.
func Latest(ctx context.Context, client *s3.Client, loc Location) ([]Delivery, error) {
	objects, err := list(ctx, client, loc)
	if err != nil {
		return nil, err
	}
	type exportPeriod struct{ root, export, period string }
	manifests := map[exportPeriod]object{}
	folders := map[exportPeriod]map[string][]object{} // by the folder holding the files
	for _, o := range objects {
		if m := manifestKey.FindStringSubmatch(o.key); m != nil && m[1] == m[3] {
			k := exportPeriod{o.key[:strings.Index(o.key, m[1]+"/metadata/")], m[1], m[2]}
			if cur, ok := manifests[k]; !ok || o.modified.After(cur.modified) || (o.modified.Equal(cur.modified) && o.key > cur.key) {
				manifests[k] = o
			}
			continue
		}
		if m := dataKey.FindStringSubmatch(o.key); m != nil && isDataFile(o.key) {
			k := exportPeriod{o.key[:strings.Index(o.key, m[1]+"/data/")], m[1], m[2]}
			if folders[k] == nil {
				folders[k] = map[string][]object{}
			}
			folders[k][path.Dir(o.key)] = append(folders[k][path.Dir(o.key)], o)
		}
	}
	byKey := map[string]object{}
	for _, o := range objects {
		byKey[o.key] = o
	}
	var out []Delivery
	for k, m := range manifests {
		keys, err := manifestFiles(ctx, client, loc.Bucket, m)
		if err != nil {
			return nil, err
		}
		var files []object
		var missing []error
		for _, key := range keys {
			o, ok := byKey[key]
			if !ok {
				missing = append(missing, fmt.Errorf("%s%s/%s: listed by manifest %s, but no such object", Scheme, loc.Bucket, key, m.key))
				continue
			}
			files = append(files, o)
		}
		d := newDelivery(ctx, client, loc.Bucket, k.export, k.period, m, files)
		d.Err = errors.Join(missing...)
		out = append(out, d)
	}
	for k, byFolder := range folders {
		if _, ok := manifests[k]; ok {
			continue // the manifest says which files belong
		}
		var latest []object
		for _, files := range byFolder {
			if latest == nil || newest(files).After(newest(latest)) {
				latest = files
			}
		}
		out = append(out, newDelivery(ctx, client, loc.Bucket, k.export, k.period, object{}, latest))
	}
	sort.Slice(out, func(i, j int) bool {
		return cmp.Or(cmp.Compare(out[i].Export, out[j].Export), cmp.Compare(out[i].Period, out[j].Period)) < 0
	})
	return out, nil
}

func newest(files []object) time.Time {
	var t time.Time
	for _, f := range files {
		if f.modified.After(t) {
			t = f.modified
		}
	}
	return t
}

func isDataFile(key string) bool {
	key = strings.ToLower(key)
	for _, ext := range []string{".parquet", ".csv", ".csv.gz", ".gz"} {
		if strings.HasSuffix(key, ext) {
			return true
		}
	}
	return false
}

func list(ctx context.Context, client *s3.Client, loc Location) ([]object, error) {
	var out []object
	pages := s3.NewListObjectsV2Paginator(client, &s3.ListObjectsV2Input{Bucket: &loc.Bucket, Prefix: &loc.Prefix})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("%s: listing: %w", loc, describe(err))
		}
		for _, o := range page.Contents {
			out = append(out, object{key: aws.ToString(o.Key), etag: aws.ToString(o.ETag), size: aws.ToInt64(o.Size), modified: aws.ToTime(o.LastModified)})
		}
	}
	return out, nil
}

// manifestFiles reads a manifest's dataFiles as keys of the bucket.
func manifestFiles(ctx context.Context, client *s3.Client, bucket string, m object) ([]string, error) {
	name := Scheme + bucket + "/" + m.key
	res, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: &m.key})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, describe(err))
	}
	defer res.Body.Close()
	var manifest struct {
		DataFiles []string `json:"dataFiles"`
	}
	if err := json.NewDecoder(res.Body).Decode(&manifest); err != nil {
		return nil, fmt.Errorf("%s: not a CUR manifest: %w", name, err)
	}
	if len(manifest.DataFiles) == 0 {
		return nil, fmt.Errorf("%s: the manifest lists no dataFiles", name)
	}
	keys := make([]string, len(manifest.DataFiles))
	for i, f := range manifest.DataFiles {
		// dataFiles are s3://bucket/key URLs; the bucket is the one listed.
		if rest, ok := strings.CutPrefix(f, Scheme); ok {
			_, f, _ = strings.Cut(rest, "/")
		}
		keys[i] = f
	}
	return keys, nil
}

func newDelivery(ctx context.Context, client *s3.Client, bucket, export, period string, manifest object, files []object) Delivery {
	sort.Slice(files, func(i, j int) bool { return files[i].key < files[j].key })
	id := sha256.New()
	fmt.Fprintf(id, "%s\n%s\n", manifest.key, manifest.etag)
	d := Delivery{Export: export, Period: period}
	for _, o := range files {
		fmt.Fprintf(id, "%s\n%s\n", o.key, o.etag)
		d.Files = append(d.Files, ingest.File{
			Path: Scheme + bucket + "/" + o.key, Name: path.Base(o.key), Size: o.size,
			SHA256: contentHash(o), Export: export,
			Open: func() (ingest.Blob, error) {
				return &objectReader{ctx: ctx, client: client, bucket: bucket, key: o.key, etag: o.etag, size: o.size}, nil
			},
		})
	}
	d.ID = hex.EncodeToString(id.Sum(nil))
	return d
}

// contentHash stands for a file's content hash, which would take reading
// all of it: S3's ETag changes with the content, and with the size it
// names the content as well (a single-part upload's ETag is its MD5).
func contentHash(o object) string {
	h := sha256.Sum256(fmt.Appendf(nil, "s3-etag\n%s\n%d\n", o.etag, o.size))
	return hex.EncodeToString(h[:])
}

// objectReader reads an object at any offset with ranged GETs, each
// conditional on the listed ETag: an object replaced while being read
// fails the read instead of mixing two deliveries.
type objectReader struct {
	ctx               context.Context // of the listing: io.ReaderAt takes none
	client            *s3.Client
	bucket, key, etag string
	size              int64
}

// readTimeout bounds one ranged GET.
const readTimeout = 5 * time.Minute

func (r *objectReader) ReadAt(p []byte, off int64) (int, error) {
	if off >= r.size {
		return 0, io.EOF
	}
	want := p
	if rest := r.size - off; int64(len(want)) > rest {
		want = want[:rest]
	}
	if len(want) == 0 {
		return 0, nil
	}
	ctx, cancel := context.WithTimeout(r.ctx, readTimeout)
	defer cancel()
	rng := fmt.Sprintf("bytes=%d-%d", off, off+int64(len(want))-1)
	res, err := r.client.GetObject(ctx, &s3.GetObjectInput{Bucket: &r.bucket, Key: &r.key, Range: &rng, IfMatch: &r.etag})
	if err != nil {
		return 0, fmt.Errorf("%s%s/%s: %w", Scheme, r.bucket, r.key, describe(err))
	}
	defer res.Body.Close()
	n, err := io.ReadFull(res.Body, want)
	if err != nil {
		return n, fmt.Errorf("%s%s/%s: reading %s: %w", Scheme, r.bucket, r.key, rng, err)
	}
	if len(want) < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (r *objectReader) Close() error { return nil }

// describe turns the S3 errors people meet into what to do about them.
func describe(err error) error {
	var api smithy.APIError
	if !errors.As(err, &api) {
		return err
	}
	switch api.ErrorCode() {
	case "NoSuchKey", "NotFound":
		return fmt.Errorf("no such object (%s)", api.ErrorCode())
	case "NoSuchBucket":
		return errors.New("no such bucket (NoSuchBucket)")
	case "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "Forbidden", "ExpiredToken":
		return fmt.Errorf("access denied (%s): check the AWS credentials and the bucket policy: %s", api.ErrorCode(), api.ErrorMessage())
	case "PreconditionFailed":
		return errors.New("the object changed while being read (a newer delivery replaced it): ingest again")
	}
	return err
}
