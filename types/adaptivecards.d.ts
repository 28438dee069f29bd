// The package's "lib" entry is extensionless ESM that Node cannot load; its UMD bundle in dist/ works and has the same API.
declare module 'adaptivecards/dist/adaptivecards.js' {
  export * from 'adaptivecards';
}
