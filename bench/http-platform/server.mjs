// One benchmark target per process: `node server.mjs <raw|rest|graphql> <express|fastify|node>`.
// Started by run.mjs with an IPC channel; listens on 127.0.0.1 on a free port and reports it with process.send.
// Plain JavaScript (no build step): Nest's decorators are applied by hand, which is what TypeScript emits anyway.
import 'reflect-metadata';
import http from 'node:http';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

const [kind, platform] = process.argv.slice(2);

/** Applies a method decorator the way TypeScript's __decorate does. */
function decorateMethod(cls, name, ...decorators) {
  const descriptor = Object.getOwnPropertyDescriptor(cls.prototype, name);
  for (const decorator of decorators) decorator(cls.prototype, name, descriptor);
  Object.defineProperty(cls.prototype, name, descriptor);
}

async function adapterFor(name) {
  if (name === 'express') {
    const { ExpressAdapter } = await import('@nestjs/platform-express');
    return new ExpressAdapter();
  }
  if (name === 'fastify') {
    const { FastifyAdapter } = await import('@nestjs/platform-fastify');
    return new FastifyAdapter();
  }
  throw new Error(`unknown platform ${name}`);
}

/** GET /hello -> {"hello":"world"}: a Nest controller, no middleware, no guards. */
function restModule() {
  class HelloController {
    hello() {
      return { hello: 'world' };
    }
  }
  Controller()(HelloController);
  decorateMethod(HelloController, 'hello', Get('hello'));
  class AppModule {}
  Module({ controllers: [HelloController] })(AppModule);
  return AppModule;
}

/** POST /graphql { hello } -> {"data":{"hello":"world"}}: code-first schema, Apollo driver, defaults. */
async function graphqlModule(name) {
  const { GraphQLModule, Resolver, Query } = await import('@nestjs/graphql');
  const { ApolloDriver } = await import('@nestjs/apollo');
  class HelloResolver {
    hello() {
      return 'world';
    }
  }
  Resolver()(HelloResolver);
  decorateMethod(HelloResolver, 'hello', Query(() => String));
  Reflect.defineMetadata('design:paramtypes', [], HelloResolver.prototype, 'hello');
  class AppModule {}
  Module({
    imports: [
      GraphQLModule.forRoot({
        driver: ApolloDriver,
        path: '/graphql',
        autoSchemaFile: true,
        playground: false,
        graphiql: false,
        csrfPrevention: true, // as in the real API
      }),
    ],
    providers: [HelloResolver],
  })(AppModule);
  return AppModule;
}

async function main() {
  let server;
  if (kind === 'raw') {
    // Upper bound for this machine and load generator: node:http with no framework at all.
    const body = JSON.stringify({ hello: 'world' });
    server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.send({ port: server.address().port });
  } else {
    const module = kind === 'rest' ? restModule() : await graphqlModule(platform);
    const app = await NestFactory.create(module, await adapterFor(platform), { logger: ['error', 'warn'] });
    await app.listen(0, '127.0.0.1');
    server = app.getHttpServer();
    process.send({ port: server.address().port });
  }
  process.on('disconnect', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
