package main

import (
	"context"
	"slices"
	"strings"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/ingest"
	"github.com/allocation-gaps/gaps/ingest/s3source"
)

// loadS3 reads the latest deliveries under s3:// URLs: one delivery per
// export, holding all its billing periods.
func loadS3(ctx context.Context, cfg Config, urls []string, opts ingest.Options, showProgress bool) ([]*ingest.Delivery, error) {
	client, err := s3source.NewClient(ctx, s3source.Config{Region: cfg.S3Region, Endpoint: cfg.S3Endpoint})
	if err != nil {
		return nil, err
	}
	var found []s3source.Delivery
	for _, u := range urls {
		loc, err := s3source.ParseURL(u)
		if err != nil {
			return nil, domain.Errorf(domain.CodeBadUserInput, "%v: local paths and s3:// URLs are ingested separately", err)
		}
		latest, err := s3source.Latest(ctx, client, loc)
		if err != nil {
			return nil, err
		}
		if len(latest) == 0 {
			return nil, domain.Errorf(domain.CodeBadUserInput, "%s: no CUR 2.0 data-export deliveries (<export>/data/BILLING_PERIOD=YYYY-MM/…) under it", loc)
		}
		found = append(found, latest...)
	}
	return loadDeliveries(ctx, found, opts, showProgress)
}

// loadDeliveries reads S3 deliveries into one ingest delivery per export.
func loadDeliveries(ctx context.Context, found []s3source.Delivery, opts ingest.Options, showProgress bool) ([]*ingest.Delivery, error) {
	slices.SortStableFunc(found, func(a, b s3source.Delivery) int { return strings.Compare(a.Export, b.Export) })
	var out []*ingest.Delivery
	for _, d := range found {
		if d.Err != nil {
			return nil, d.Err
		}
	}
	for _, files := range filesPerExport(found) {
		d, err := loadWithProgress(ctx, files, opts, showProgress)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// filesPerExport gathers the files of deliveries per export, in the
// deliveries' order (sorted by export, so an export's are adjacent).
func filesPerExport(found []s3source.Delivery) [][]ingest.File {
	var out [][]ingest.File
	for i, d := range found {
		if i == 0 || found[i-1].Export != d.Export {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], d.Files...)
	}
	return out
}
