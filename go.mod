module github.com/annals-dev/annals

go 1.26.8
